// Lints source texts at virtual paths in the tree with the project's ESLint config, boundary rules only, and prints
// the messages as JSON. Read by boundaries.unit.spec.ts, which runs it in a child process: ESLint loads its
// config with import(), which Jest's module system does not offer.
import { ESLint } from 'eslint';
import { text } from 'node:stream/consumers';

const fixtures = JSON.parse(await text(process.stdin));
const eslint = new ESLint({
  cwd: process.cwd(),
  // The virtual files are in no tsconfig: parse them without type information (the boundary rules need none).
  overrideConfig: { languageOptions: { parserOptions: { project: false, projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
});
const results = [];
for (const { filePath, code } of fixtures) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
