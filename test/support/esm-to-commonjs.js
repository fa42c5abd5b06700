// @ts-check
/**
 * Jest transform for ES-module-only packages that use `import.meta.url` (Nest 12's @nestjs/common does),
 * which ts-jest cannot turn into CommonJS: the URL becomes the CommonJS file's own (a `require` made from it
 * is CommonJS's own `require`), then TypeScript transpiles the module as ts-jest would.
 */
const { createHash } = require('node:crypto');
const ts = require('typescript');

module.exports = {
  /** @param {string} source @param {string} filename */
  process(source, filename) {
    const code = source
      .replace(/^(?:const|let|var) require = (?:\w+\.)?createRequire\(import\.meta\.url\);?$/gm, '')
      .replace(/\bimport\.meta\.url\b/g, "require('node:url').pathToFileURL(__filename).href");
    const { outputText } = ts.transpileModule(code, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true },
    });
    return { code: outputText };
  },
  /** @param {string} source @param {string} filename */
  getCacheKey(source, filename) {
    return createHash('sha256').update(`esm-to-commonjs 2 ${ts.version}\0${filename}\0${source}`).digest('hex');
  },
};
