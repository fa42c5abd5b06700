import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { ROOT } from './processes';
import type { RunningApi } from './running-api';

/** The checked-in schema that the web apps' types are generated from (codegen.ts). */
export const SCHEMA_FILE = join(ROOT, 'schema.gql');
export const SCHEMA_COMMAND = 'npm run schema';

/** The schema a running API serves, as introspection sees it, sorted and printed as schema.gql holds it. */
export async function servedSchema(api: RunningApi): Promise<string> {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    inputValueDeprecation: true,
  });
  const response = await api.graphql(query);
  if (!response.data || response.errors) throw new Error(`introspection failed: ${JSON.stringify(response.errors)}`);
  const schema = buildClientSchema(response.data as unknown as IntrospectionQuery);
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const readSchemaFile = (): string => readFileSync(SCHEMA_FILE, 'utf8');
export const writeSchemaFile = (text: string): void => writeFileSync(SCHEMA_FILE, text);
