// @ts-check
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const WEB_APPS = 'apps/{voter,responder,analyst}';
const DOMAIN_LIBS = ['appeals', 'ratings', 'analytics', 'identity'];
/** GraphQL Code Generator's configuration (an entry point with a default export, outside the tsconfigs). */
const CODEGEN_CONFIGS = '**/codegen*.{ts,mts,cts}';

/** Ratings and analytics read the appeals through their published contract only. */
const CONTRACT_POLICY = {
  from: { element: { type: 'lib', captured: { lib: ['ratings', 'analytics'] } } },
  disallow: { to: { element: { type: 'lib', captured: { lib: 'appeals' } } } },
  message: "Ratings and analytics read the appeals' published contract only (@app/appeals/contract).",
};

/** The import boundaries of CONVENTIONS.md and docs/architecture.md (eslint-plugin-boundaries 7). */
const BOUNDARY_POLICIES = [
  {
    from: { element: { type: 'lib', captured: { lib: 'event-store' } } },
    disallow: { to: { element: [{ type: 'lib', captured: { lib: DOMAIN_LIBS } }, { type: 'appeals-contract' }] } },
    message: 'The event store imports no domain.',
  },
  {
    from: { element: { types: ['lib', 'platform-nest', 'appeals-contract'] } },
    disallow: { to: { element: { types: ['app', 'web-app'] } } },
    message: 'Libs never import apps.',
  },
  {
    from: { element: { types: ['app', 'web-app'] } },
    disallow: { to: { element: { types: ['app', 'web-app'] } } },
    message: 'No app imports another app.',
  },
  {
    // libs/ui is bundled into the web apps, so it keeps to the same side of the line.
    from: { element: [{ type: 'web-app' }, { type: 'lib', captured: { lib: 'ui' } }] },
    disallow: { to: { element: [{ types: ['platform-nest', 'appeals-contract'] }, { type: 'lib', captured: { lib: '!ui' } }] } },
    message: 'Web apps import only libs/ui and their own generated GraphQL types.',
  },
  CONTRACT_POLICY,
  {
    from: { element: { type: 'lib', captured: { lib: 'platform' } } },
    disallow: {
      to: [{ element: { type: 'platform-nest' } }, { module: { origin: 'external', source: ['@nestjs/**', '@apollo/**', 'graphql'] } }],
    },
    message: "The platform core is framework-free: Nest and GraphQL wiring belong in '@app/platform/nest'.",
  },
];
const boundaryRule = (policies) => ['error', { default: 'allow', checkAllOrigins: true, policies }];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'test-artifacts/', '.data/', 'bench/results/', 'apps/*/src/gql/', 'libs/ui/src/gql/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['libs/ui/src/**', `${WEB_APPS}/src/**`],
    languageOptions: { parserOptions: { project: ['./tsconfig.web.json'] } },
  },
  {
    files: ['apps/*/vite.config.mts', 'libs/ui/vite/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.vite.json'] } },
  },
  {
    rules: {
      // CONVENTIONS.md: `type` over `interface`, no default exports outside framework entry points (below).
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      // `typeof import('…')` stays allowed: bench scripts type modules they require from dist/.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use a named export (CONVENTIONS.md: no default exports).' },
        { selector: 'ExportSpecifier[exported.name="default"]', message: 'Use a named export (CONVENTIONS.md: no default exports).' },
      ],
      // React event handlers may return a promise; a floating promise elsewhere is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // An async method that implements an async interface (a port, a mock) without awaiting is fine.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks a deliberately unused name, as tsc's noUnusedParameters reads it.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and their helpers read JSON responses and matchers typed `any`; `no-explicit-any` still holds there.
    files: ['**/*.spec.{ts,tsx}', '**/testing/**', 'test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Framework entry points that must export a default.
    files: ['eslint.config.mjs', 'apps/*/vite.config.mts', CODEGEN_CONFIGS, 'test/support/global-{setup,teardown}.ts', '**/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Plain JavaScript, and configuration files that no tsconfig includes: linted without type information.
  { files: ['**/*.{js,mjs,cjs}', CODEGEN_CONFIGS], ...tseslint.configs.disableTypeChecked },
  {
    // A Jest transformer: Jest loads it with require(), so it is CommonJS and requires what it uses.
    files: ['test/support/esm-to-commonjs.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: { project: ['./tsconfig.json', './tsconfig.web.json'], alwaysTryTypes: true, noWarnOnMultipleProjects: true },
      },
      'boundaries/include': ['apps/**', 'libs/**'],
      'boundaries/elements': [
        { type: 'platform-nest', pattern: 'libs/platform/src/nest', partialMatch: false },
        { type: 'appeals-contract', pattern: 'libs/appeals/src/contract', partialMatch: false },
        { type: 'lib', pattern: 'libs/*', capture: ['lib'], partialMatch: false },
        { type: 'web-app', pattern: WEB_APPS, capture: ['app'], partialMatch: false },
        { type: 'app', pattern: 'apps/*', capture: ['app'], partialMatch: false },
      ],
    },
    rules: { 'boundaries/dependencies': boundaryRule(BOUNDARY_POLICIES) },
  },
  {
    // The tests of ratings and analytics (and their test beds) build the appeals' events and read model to have something to
    // rate, through @app/appeals/testing: setup, not reading. That entry is outside the contract, so production code cannot reach it.
    files: ['libs/{ratings,analytics}/**/*.spec.ts', 'libs/{ratings,analytics}/**/testing/**'],
    rules: { 'boundaries/dependencies': boundaryRule(BOUNDARY_POLICIES.filter((policy) => policy !== CONTRACT_POLICY)) },
  },
  prettier,
);
