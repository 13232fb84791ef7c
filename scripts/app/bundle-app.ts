/**
 * The app's bundles, for the app stage (app-stage.ts), in a process of its own: Vite's client
 * build and its server build (src/entry-server.tsx), each listing the project's modules it
 * bundled. Prints them, with this process's peak memory, as its last line.
 *
 *   node --import tsx scripts/app/bundle-app.ts CLIENT_DIR SERVER_DIR
 */
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** Collects the project's modules Vite bundled (its own list, not one kept by hand). */
function moduleGraphOf(root: string, modules: Set<string>): Plugin {
  return {
    name: 'news-reader:module-graph',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const file = id.split('?')[0] ?? id;
        if (
          file.startsWith(`${root}${path.sep}`) &&
          !file.includes(`${path.sep}node_modules${path.sep}`)
        ) {
          modules.add(path.relative(root, file));
        }
      }
    },
  };
}

/** The bundler's note on slow plugins names the Zopfli compression, which is slow by choice. */
const QUIET = { pluginTimings: false };

const [clientDir, serverDir] = process.argv.slice(2);
if (!clientDir || !serverDir) throw new Error('usage: bundle-app.ts CLIENT_DIR SERVER_DIR');
const root = process.cwd();
const modules = new Set<string>();
try {
  await build({
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true, rolldownOptions: { checks: QUIET } },
    plugins: [moduleGraphOf(root, modules)],
  });
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-server.tsx',
      outDir: serverDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        checks: QUIET,
        // One file: the render loads the bundle afresh by its own address (see render-pages.ts),
        // and a chunk of its own would load a second copy of React beside it.
        output: { codeSplitting: false },
        // The server holds every catalogue (all-catalogues.ts), so the browser's per-edition
        // imports of them are bundled in here by design, not by mistake.
        onLog(level, log, handler) {
          if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
        },
      },
    },
    // Everything bundled in, React's production build included: the server render is the same
    // whatever the process that runs it has loaded already.
    ssr: { noExternal: true },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [moduleGraphOf(root, modules)],
  });
} catch (error) {
  // The bundler's message says what failed and where; a stack would only say where in the
  // bundler (and an uncaught error here prints Zopfli's whole minified source with it).
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

console.log(
  JSON.stringify({
    modules: [...modules].sort(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
