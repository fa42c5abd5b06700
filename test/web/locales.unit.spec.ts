// Lives here, not in libs/ui: it reads files with Node, and the web code is type-checked for the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LOCALE_DIRS = ['libs/ui/src/i18n/locales', 'apps/voter/src/i18n', 'apps/responder/src/i18n', 'apps/analyst/src/i18n'];

/** Every key of a resource file, with plural forms (_one, _few, _many, _other) folded into one. */
function keys(dir: string, language: string): string[] {
  const walk = (value: unknown, prefix: string): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) => walk(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  const resource: unknown = JSON.parse(readFileSync(join(ROOT, dir, `${language}.json`), 'utf8'));
  return [...new Set(walk(resource, '').map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe.each(LOCALE_DIRS)('texts of %s', (dir) => {
  it('has the same keys in Russian and English', () => {
    expect(keys(dir, 'en')).toEqual(keys(dir, 'ru'));
  });
});
