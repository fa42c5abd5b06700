import { DomainError } from '../errors/domain-error';

/** What an export controller sets on Fastify's reply (`@Res({ passthrough: true })`): the download's headers. */
export type ExportReply = Readonly<{ headers(values: Record<string, string>): unknown }>;

/** A regional export needs its `regionCode` query parameter: BAD_USER_INPUT saying how to give it when missing. */
export function assertRegionCode(regionCode: string | undefined): asserts regionCode is string {
  if (!regionCode) throw new DomainError('BAD_USER_INPUT', 'regionCode is required, e.g. ?regionCode=66', { field: 'regionCode' });
}
