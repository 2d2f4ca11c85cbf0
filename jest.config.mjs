// The whole suite in one jest run: `npm test` (scripts/test.sh) runs it inside a loopback-only
// network namespace after the type checks, shellcheck and the web build.
//
//   unit         protocol, media node, functions and web client logic, no I/O; checks of the
//                sources themselves (tests/static), which the browser-typed web/test cannot read
//   integration  real mediasoup workers, WebSockets and HTTP on loopback
//   e2e          Debian's Chromium through playwright-core, coturn
//   firebase     functions, security rules, auth and the Firestore carrier against the emulator suite
//   infra        the Pulumi program against Pulumi's mocks (CommonJS, like infra/ itself)
//
// The projects that need Firebase share one emulator suite for the run (Auth, Firestore, Functions),
// started by a globalSetup only when one of their tests is selected: it takes 12 to 50 s on 2 cores.
//
// The ESM workspaces run as native ES modules (jest needs NODE_OPTIONS=--experimental-vm-modules,
// which scripts/test.sh sets): swc strips the types and keeps `import`/`import.meta`, and the `.js`
// specifiers that NodeNext wants for `.ts` files are mapped back to the sources. @swc/jest emits ES
// modules for the files jest treats as ESM (extensionsToTreatAsEsm) and CommonJS for the rest, so
// the same transform serves the infra project as CommonJS.
//
// Test files run one at a time (maxWorkers: 1). The end-to-end tests need the machine to
// themselves (Chromium, a worker and coturn on 2 cores, with frame-rate thresholds), and jest's
// worker count is global, not per project: in parallel, integration files would share the cores
// with them. Integration files mostly wait on loopback I/O, so parallel runs gain little on 2 cores.
// That one worker is a child process, not jest's own (which --runInBand, and jest by default with
// maxWorkers 1, would use): setting workerIdleMemoryLimit makes jest use a worker, so a test file
// that crashes its process (an exception thrown from a mediasoup or timer callback) fails that file
// alone and the run goes on to its summary; the worker is also recycled if a file leaves it big.
// --detectOpenHandles runs in band, which is what it needs.

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

/**
 * A project's default timeout for tests and hooks. jest 30 honours `testTimeout` only in the global
 * config, so a setup file sets it from the project's globals.
 */
const timeout = (ms) => ({
  globals: { chorusTestTimeoutMs: ms },
  setupFilesAfterEnv: ['<rootDir>/tests/support/jest/testTimeout.ts'],
});

/** Starts the Firebase emulators (once per run) when a test of the project runs. */
const emulators = {
  globalSetup: '<rootDir>/tests/support/jest/emulatorsSetup.ts',
  globalTeardown: '<rootDir>/tests/support/jest/emulatorsTeardown.ts',
};

/** @type {import('jest').Config} */
export default {
  maxWorkers: 1,
  workerIdleMemoryLimit: '2GB',
  projects: [
    {
      ...esm,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/protocol/test/**/*.test.ts',
        '<rootDir>/media-node/test/unit/**/*.test.ts',
        '<rootDir>/functions/test/**/*.test.ts',
        '<rootDir>/web/test/**/*.test.ts',
        '<rootDir>/tests/static/**/*.test.ts',
      ],
    },
    {
      ...esm,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      // Workers start, die and get replaced; the heaviest test waits seconds for a replacement.
      ...timeout(30_000),
    },
    {
      ...esm,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // One test opens two pages, waits up to 30 s for first frames and then measures for seconds.
      ...timeout(120_000),
    },
    {
      ...esm,
      ...emulators,
      displayName: 'firebase',
      testMatch: ['<rootDir>/tests/firebase/**/*.test.ts'],
      ...timeout(60_000),
    },
    {
      ...shared,
      displayName: 'infra',
      testMatch: ['<rootDir>/infra/test/**/*.test.ts'],
    },
  ],
};
