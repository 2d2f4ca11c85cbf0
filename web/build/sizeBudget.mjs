// The page scripts load before anyone sees video, so their size is held to a budget. Sizes are
// esbuild's minified output in KiB, the unit esbuild itself prints.

export const PAGE_SCRIPT_LIMIT_KIB = 250;

const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Bytes of one output script by package (or `web`, `protocol` for this repository's code), largest first. */
function shares(output) {
  const byPackage = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const inPackage = input.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/);
    const owner = inPackage ? inPackage[1] : input.startsWith('../protocol/') ? 'protocol' : input.includes(':') ? 'stubs' : 'web';
    byPackage.set(owner, (byPackage.get(owner) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}

/**
 * One line per page script with its size and its biggest contributors; returns the lines
 * and the scripts over the limit.
 */
export function checkPageScripts(metafile) {
  const lines = [];
  const over = [];
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const top = shares(output)
      .slice(0, 4)
      .map(([owner, bytes]) => `${owner} ${kib(bytes)}`)
      .join(', ');
    lines.push(`${file}: ${kib(output.bytes)} KiB of ${PAGE_SCRIPT_LIMIT_KIB} (${top})`);
    if (output.bytes > PAGE_SCRIPT_LIMIT_KIB * 1024) over.push(file);
  }
  return { lines, over };
}
