// Sets a project's default timeout for tests and hooks from its `globals.chorusTestTimeoutMs`
// (jest.config.mjs). jest 30 reads `testTimeout` from the global config only, not per project.
import { jest } from '@jest/globals';

const ms = (globalThis as { chorusTestTimeoutMs?: unknown }).chorusTestTimeoutMs;
if (typeof ms === 'number') jest.setTimeout(ms);
