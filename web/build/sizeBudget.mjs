// The scripts load before anyone sees video, so their size is held to a budget. Sizes are
// esbuild's minified output in KiB, the unit esbuild itself prints.
//
// Every script file, entry or chunk, is held to PAGE_SCRIPT_LIMIT_KIB, except the chunk that holds
// Firestore's SDK: about 330 KiB without re2js (build/omitRe2js.mjs), as realtime listeners need the
// full SDK (firestore/lite has none) and it cannot be split further. Only the Firestore carrier loads it.
// For each page the check also prints what it loads: its script with the chunks it imports
// statically (before anything runs) and with those it may import later.

export const PAGE_SCRIPT_LIMIT_KIB = 250;
export const FIRESTORE_CHUNK_LIMIT_KIB = 350;

const kib = (bytes) => (bytes / 1024).toFixed(1);

function ownerOf(input) {
  const inPackage = input.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/);
  return inPackage ? inPackage[1] : input.startsWith('../protocol/') ? 'protocol' : input.includes(':') ? 'stubs' : 'web';
}

/** Bytes of one output script by package (or `web`, `protocol` for this repository's code), largest first. */
function shares(output) {
  const byPackage = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(input);
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}

/** The scripts a page script pulls in: static imports only, or dynamic ones too. */
function closure(outputs, file, withDynamic) {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    for (const { path, kind } of outputs[queue.shift()].imports) {
      if (seen.has(path) || !(path in outputs) || (kind === 'dynamic-import' && !withDynamic)) continue;
      seen.add(path);
      queue.push(path);
    }
  }
  return [...seen];
}

function limitOf(output) {
  const firestore = shares(output).some(([owner, bytes]) => owner === '@firebase/firestore' && bytes > 0);
  return firestore ? FIRESTORE_CHUNK_LIMIT_KIB : PAGE_SCRIPT_LIMIT_KIB;
}

/**
 * One line per script with its size, its limit and its biggest contributors, then one per page
 * with what it loads; returns the lines and the scripts over their limit.
 */
export function checkPageScripts(metafile) {
  const lines = [];
  const over = [];
  const outputs = Object.fromEntries(Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.js')));
  for (const [file, output] of Object.entries(outputs)) {
    const top = shares(output)
      .slice(0, 4)
      .map(([owner, bytes]) => `${owner} ${kib(bytes)}`)
      .join(', ');
    const limit = limitOf(output);
    lines.push(`${file}: ${kib(output.bytes)} KiB of ${limit} (${top})`);
    if (output.bytes > limit * 1024) over.push(`${file} is ${kib(output.bytes)} KiB, over its ${limit} KiB limit`);
  }
  for (const [file, output] of Object.entries(outputs)) {
    // The pages' own scripts; chunks imported on demand are entry points to esbuild too.
    if (!output.entryPoint || file.includes('/chunks/')) continue;
    const total = (files) => kib(files.reduce((sum, f) => sum + outputs[f].bytes, 0));
    lines.push(
      `page ${file}: ${total(closure(outputs, file, false))} KiB at load, ${total(closure(outputs, file, true))} KiB with every script it may load`,
    );
  }
  return { lines, over };
}
