import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The platform's version from the root package.json, found from here in both the sources and dist/. */
export function readAppVersion(from: string = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'deputy-appeals') return pkg.version ?? '0.0.0';
    }
  }
  return '0.0.0';
}
