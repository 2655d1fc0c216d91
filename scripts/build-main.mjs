// Bundles the main-side TypeScript (engine worker, Electron shell, preload, loopback test host) with esbuild.
// npm packages stay external: electron-builder ships node_modules, and native modules cannot be bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, packages: 'external', logLevel: 'warning' };

await Promise.all([
  build({ ...common, format: 'esm', entryPoints: { 'engine-worker': 'src-main/engine/worker.ts' }, outdir: 'build/main', outExtension: { '.js': '.mjs' } }),
  build({ ...common, format: 'esm', entryPoints: { 'web-host': 'src-main/web-host/main.ts' }, outdir: 'build/main', outExtension: { '.js': '.mjs' } }),
  build({ ...common, format: 'esm', entryPoints: { shell: 'src-main/shell/main.ts' }, outdir: 'build/main', outExtension: { '.js': '.mjs' }, external: ['electron'] }),
  // A sandboxed preload must be CommonJS.
  build({ ...common, format: 'cjs', entryPoints: { preload: 'src-main/shell/preload.ts' }, outdir: 'build/main', outExtension: { '.js': '.cjs' }, external: ['electron'] }),
]);
