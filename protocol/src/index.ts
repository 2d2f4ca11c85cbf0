// The schemas are written with zod/mini: the browser bundles them too, and mini's functions
// tree-shake to a small fraction of classic zod's methods while validating the same way. Messages
// come from zod's English locale, passed per parse (english.ts).
export * from './envelope.js';
export * from './mediaTypes.js';
export * from './methods.js';
export * from './codec.js';
export * from './firestore.js';
export { describeIssues, inEnglish } from './english.js';
