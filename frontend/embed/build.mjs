// Builds the sessionless embed (frontend/embed/embed.js and all it imports from frontend/) into one JS and one CSS
// file with content-hashed names, a gzip twin of each, and manifest.json naming them for the server.
// Usage: node frontend/embed/build.mjs <dir with node_modules holding esbuild and leaflet> <output dir>
// Run by Maven (pom.xml) with the project's own Node. Limits: ES2020 browsers (what Leaflet 1.9 itself needs).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const [toolsDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
const toolsRequire = createRequire(join(toolsDir, 'package.json'));
const esbuild = toolsRequire('esbuild');
const here = dirname(fileURLToPath(import.meta.url));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(here, 'embed.js')],
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  legalComments: 'linked',
  outdir: outDir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.png': 'file', '.svg': 'file' },
  // Packages come from the build's own install only, never from a node_modules that happens to sit above frontend/.
  plugins: [{
    name: 'tools-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, (args) => (args.kind === 'import-statement'
        ? { path: toolsRequire.resolve(args.path) } : undefined));
    },
  }],
  metafile: true,
  logLevel: 'warning',
});

const files = Object.keys(result.metafile.outputs).map((file) => basename(file));
for (const file of files) {
  if (/\.(js|css|txt|svg)$/.test(file)) {
    writeFileSync(join(outDir, `${file}.gz`), gzipSync(readFileSync(join(outDir, file)), { level: 9 }));
  }
}
const manifest = {
  script: files.find((f) => /^embed-.*\.js$/.test(f)),
  style: files.find((f) => /^embed-.*\.css$/.test(f)),
  files,
};
writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
console.log(`embed: ${files.join(', ')}`);
