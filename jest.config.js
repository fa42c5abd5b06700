// @ts-check
/** Three projects: fast unit tests, integration/end-to-end tests against a real PostgreSQL, and the web apps in Chromium. */
// jose, content-disposition under @fastify/static, and p-limit with yocto-queue are ES modules only; ts-jest turns them into CommonJS
// for Jest's module system (Node loads them with require(esm), which Jest on Node 20 cannot). Nest 12 is ES modules only too
// (specs of command handlers load @nestjs/cqrs); @nestjs/common uses import.meta.url, so its packages get a transform of their own.
const ESM_ONLY = '(jose|content-disposition|p-limit|yocto-queue|@nestjs)';
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  '^.+/node_modules/@nestjs/.+\\.js$': '<rootDir>/test/support/esm-to-commonjs.js',
  [`^.+/node_modules/${ESM_ONLY}/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } }],
};
const transformIgnorePatterns = [`/node_modules/(?!(.*/node_modules/)?${ESM_ONLY}/)`];
const moduleNameMapper = {
  '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@app/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  '^@test/(.*)$': '<rootDir>/test/support/$1',
};
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench}/**/*.unit.spec.ts', '<rootDir>/test/**/*.unit.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,bench}/**/*.int.spec.ts', '<rootDir>/test/e2e/**/*.e2e.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
    },
    // The built web apps in Chromium (playwright-core): needs `npm run build` and /usr/bin/chromium.
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/browser-setup.ts'],
    },
  ],
};
