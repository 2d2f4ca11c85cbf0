// ESLint over the TypeScript of every workspace, with type information: `npm run lint`, which
// scripts/test.sh runs after the type check. The rules are listed in README.md (Tests).
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver, importX, tseslint } from '@chorus/lint';

const workspaces = ['protocol', 'functions', 'media-node', 'web', 'infra', 'devtools', 'tests'];

export default defineConfig(
  // Build output, and the JavaScript build and config scripts: the type-aware rules need TypeScript. And
  // flatc's output for the patched worker's schemas (scripts/mediasoup-worker/generate-fbs-ts.sh).
  globalIgnores(['**/node_modules/', '**/dist/', 'web/public/bundle/', 'functions/lib/', '**/*.{js,mjs,cjs}', 'media-node/src/media/fbs/']),
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    plugins: { 'import-x': importX },
    languageOptions: {
      // Each file is checked with the tsconfig.json of its workspace.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      // import-x follows only the files it can parse: here the TypeScript sources, with the parser above.
      'import-x/extensions': ['.ts'],
      // Resolves the `.js` specifiers of NodeNext to the `.ts` sources, and the workspaces' own packages.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: workspaces.map((w) => `${w}/tsconfig.json`),
          // One tsconfig per workspace is deliberate (each has its own module system and libs).
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/no-cycle': 'error',
      // Destructuring a property out to drop it (`const { id: _id, ...rest } = record`) is how the tests omit one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
