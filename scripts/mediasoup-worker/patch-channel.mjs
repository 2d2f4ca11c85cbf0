// Coalesces mediasoup's channel writes: every message Node sends to a worker (each
// `directProducer.send()` of server-side playback among them) is one `write()` on the channel pipe,
// so a write system call in Node and a read and wake-up in the worker per RTP packet. This patch corks
// the pipe on the first notification of a tick and uncorks it on the next tick, so a tick's messages
// leave in one writev and the worker takes them off its channel in few reads. Order is unchanged, and
// nothing waits longer than the current tick. MEDIASOUP_CHANNEL_CORK=0 turns it off at run time,
// which the playback benchmark uses to show the difference.
//
// Idempotent; exits 3 when mediasoup's Channel.js no longer has the lines it patches, so that an
// upgrade cannot drop it silently. Runs from build-worker.sh, whichever way the worker is provided.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(project, 'node_modules/mediasoup/node/lib/Channel.js');
const MARKER = '/* chorus: corked channel writes */';

const source = readFileSync(file, 'utf8');
if (source.includes(MARKER)) process.exit(0);

const field = '    #closed = false;\n';
const write = `        try {
            // This may throw if closed or remote side ended.
            this.#producerSocket.write(buffer, 'binary');
        }
        catch (error) {
            logger.error(\`notify() | sending notification failed: \${error}\`);`;
const notifyAt = source.indexOf('    notify(event, bodyType, bodyOffset, handlerId) {');
const writeAt = source.indexOf(write, notifyAt);
if (!source.includes(field) || notifyAt < 0 || writeAt < 0) {
  console.error(`[mediasoup-channel] ERROR: ${file} has changed; the corked-write patch no longer applies`);
  process.exit(3);
}
const cork = `        ${MARKER}
        if (CORK && !this.#corked) {
            this.#corked = true;
            this.#producerSocket.cork();
            process.nextTick(() => {
                this.#corked = false;
                this.#producerSocket.uncork();
            });
        }
`;
const patched =
  source.slice(0, writeAt).replace(field, `${field}    #corked = false;\n`) +
  cork +
  source.slice(writeAt);
writeFileSync(
  file,
  patched.replace(/^(const MESSAGE_MAX_LEN = .*)$/m, `$1\nconst CORK = process.env.MEDIASOUP_CHANNEL_CORK !== '0';`),
);
if (!readFileSync(file, 'utf8').includes('const CORK =')) {
  console.error(`[mediasoup-channel] ERROR: ${file} has no MESSAGE_MAX_LEN; the corked-write patch no longer applies`);
  process.exit(3);
}
console.error('[mediasoup-channel] corked channel writes patched into mediasoup/node/lib/Channel.js');
