export * from './envelope.js';
export * from './mediaTypes.js';
export * from './methods.js';
export * from './codec.js';
