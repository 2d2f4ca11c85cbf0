import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { MediaNode, SIGNALING_PATH } from './MediaNode.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const node = await MediaNode.start(config, logger);
  const base = `http://${config.http.host}:${node.port}`;
  logger.info({ http: base, signaling: `${base.replace('http', 'ws')}${SIGNALING_PATH}`, workers: config.workers.count }, 'media node listening');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'media node stopping');
    node.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('media node failed to start:', error);
  process.exit(1);
});
