// mediasoup-client ships as CommonJS, so esbuild cannot tree-shake it: its index pulls in the
// test fakes, and Device requires every handler, React Native's included. None of these can
// run in a browser page, yet they are about a sixth of each page script. This plugin swaps
// them for stubs that throw if anything ever does reach them.

/** Modules as mediasoup-client's own lib/*.js require them, and the stub each one becomes. */
const omitted = {
  './handlers/ReactNative106': `exports.ReactNative106 = { createFactory: ${thrower('the ReactNative106 handler')} };`,
  './handlers/FakeHandler': `exports.FakeHandler = { createFactory: ${thrower('FakeHandler')} };`,
  './test/fakeParameters': '',
};

function thrower(what) {
  return `() => { throw new Error(${JSON.stringify(`mediasoup-client: ${what} is left out of this bundle (web/build/omitMediasoupClientExtras.mjs)`)}); }`;
}

const namespace = 'mediasoup-client-omitted';
const importerInLib = /[\\/]node_modules[\\/]mediasoup-client[\\/]lib[\\/][^\\/]+\.js$/;

/** The esbuild plugin, and after the build, which omitted modules no longer appear (the list needs review). */
export function omitMediasoupClientExtras() {
  const seen = new Set();
  const plugin = {
    name: 'omit-mediasoup-client-extras',
    setup(build) {
      const filter = new RegExp(
        `^(${Object.keys(omitted)
          .map((path) => path.replace(/[./]/g, '\\$&'))
          .join('|')})$`,
      );
      build.onResolve({ filter }, (args) => {
        if (!importerInLib.test(args.importer)) return undefined;
        seen.add(args.path);
        return { path: args.path, namespace };
      });
      build.onLoad({ filter: /.*/, namespace }, (args) => ({ contents: omitted[args.path], loader: 'js' }));
    },
  };
  const unused = () => Object.keys(omitted).filter((path) => !seen.has(path));
  return { plugin, unused };
}
