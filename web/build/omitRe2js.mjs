// @firebase/firestore 12 imports re2js (147 KiB minified, a third of the Firestore chunk) for one
// thing: the regex functions of pipelines evaluated in the client (regexMatch, regexContains, like).
// This client uses listeners and writes, never pipelines, so re2js becomes a stub that throws if
// anything ever does reach it; Firestore then reports that as an invalid regex.

const namespace = 're2js-omitted';
const stub = `export const RE2JS = { compile() { throw new Error('re2js is left out of this bundle (web/build/omitRe2js.mjs)'); } };`;

/** The esbuild plugin, and after the build whether anything still imported re2js (if not, drop the plugin). */
export function omitRe2js() {
  let seen = false;
  const plugin = {
    name: 'omit-re2js',
    setup(build) {
      build.onResolve({ filter: /^re2js$/ }, () => {
        seen = true;
        return { path: 're2js', namespace };
      });
      build.onLoad({ filter: /.*/, namespace }, () => ({ contents: stub, loader: 'js' }));
    },
  };
  return { plugin, used: () => seen };
}
