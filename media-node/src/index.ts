export { ConfigError, loadConfig, type MediaNodeConfig } from './config.js';
export { createLogger, type Logger } from './logger.js';
export { MediaNode, SIGNALING_PATH } from './MediaNode.js';
export { PEER_LIMITS } from './signaling/ProtocolHandler.js';
export type { AuthenticatedUser, Authenticator } from './auth/Authenticator.js';
export { FirebaseAuthenticator } from './auth/FirebaseAuthenticator.js';
export { FirestoreCarrier, type CommandOutcome, type FirestoreCarrierSettings } from './signaling/FirestoreCarrier.js';
