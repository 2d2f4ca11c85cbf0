// The whole suite in one jest run: `npm test` (scripts/test.sh) runs it inside a loopback-only
// network namespace after the type checks, shellcheck and the web build.
//
//   unit         protocol + media node logic, no I/O
//   integration  real mediasoup workers, WebSockets and HTTP on loopback
//   e2e          Debian's Chromium through playwright-core, coturn
//   infra        the Pulumi program against Pulumi's mocks (CommonJS, like infra/ itself)
//
// The ESM workspaces run as native ES modules (jest needs NODE_OPTIONS=--experimental-vm-modules,
// which scripts/test.sh sets): swc strips the types and keeps `import`/`import.meta`, and the `.js`
// specifiers that NodeNext wants for `.ts` files are mapped back to the sources. @swc/jest emits ES
// modules for the files jest treats as ESM (extensionsToTreatAsEsm) and CommonJS for the rest, so
// the same transform serves the infra project as CommonJS.
//
// Test files run one at a time in one process (maxWorkers: 1). The end-to-end tests need the
// machine to themselves (Chromium, a worker and coturn on 2 cores, with frame-rate thresholds),
// and jest's worker count is global, not per project: in parallel, integration files would share
// the cores with them. Integration files are mostly waiting on loopback I/O, so running them in
// parallel gains little on 2 cores. Override with `--maxWorkers=N` for a local run if you like.

/** @type {import('@swc/jest').Options} */
const swc = {
  jsc: {
    parser: { syntax: 'typescript' },
    target: 'es2022',
    // TypeScript's own emit for class fields (useDefineForClassFields with ES2022), as tsx and tsc do.
    transform: { useDefineForClassFields: true },
  },
  sourceMaps: 'inline',
};

const shared = {
  rootDir: import.meta.dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'node'],
};

/** ES modules as in the sources: `import './x.js'` means ./x.ts. */
const esm = {
  ...shared,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @type {import('jest').Config} */
export default {
  maxWorkers: 1,
  projects: [
    {
      ...esm,
      displayName: 'unit',
      testMatch: ['<rootDir>/protocol/test/**/*.test.ts', '<rootDir>/media-node/test/unit/**/*.test.ts'],
    },
    {
      ...esm,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      // Workers start, die and get replaced; the heaviest test waits seconds for a replacement.
      testTimeout: 30_000,
    },
    {
      ...esm,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // One test opens two pages, waits up to 30 s for first frames and then measures for seconds.
      testTimeout: 120_000,
    },
    {
      ...shared,
      displayName: 'infra',
      testMatch: ['<rootDir>/infra/test/**/*.test.ts'],
      // Pulumi's mock runtime is slow to load; each file runs the whole program.
      testTimeout: 60_000,
    },
  ],
};
