// The linter's plugins, for eslint.config.mjs.
//
// typescript-eslint gets its type information from TypeScript's JavaScript API (`require('typescript')`),
// which the project's compiler, TypeScript 7 (native, `tsc`), does not have. This workspace therefore
// carries the classic TypeScript 6.0, which checks the same language, and npm installs typescript-eslint
// beside it in lint/node_modules, since its peer range (<6.1) excludes the root's 7. ts-api-utils accepts
// any TypeScript, so npm would hoist it next to TypeScript 7: the root's `overrides` keeps it here too.
// Both are checked below, so that a change in the tree's layout fails here and not as odd rule crashes.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
for (const user of ['@typescript-eslint/typescript-estree', 'ts-api-utils']) {
  const { version } = createRequire(require.resolve(user))('typescript');
  if (!version.startsWith('6.0.')) {
    throw new Error(`${user} loads TypeScript ${version}, not the linter's 6.0: see lint/index.mjs`);
  }
}

export { default as tseslint } from 'typescript-eslint';
export { default as importX } from 'eslint-plugin-import-x';
export { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
