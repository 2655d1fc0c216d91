// `npm start`: build the app, make sure a better-sqlite3-multiple-ciphers binding for Electron's ABI exists, launch Electron.
//
// The binding for Electron is kept in a cache folder (build/native/…), never in node_modules: the copy in
// node_modules stays built for Node, which vitest, the loopback test host and the bench use.
// The helpers are exported (and pure where it matters) for test/shell/start-electron.test.ts and scripts/after-pack.mjs;
// the launch itself runs only when this file is executed.
/* global console */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_MODULE = 'better-sqlite3-multiple-ciphers';
export const BINDING_FILE = 'better_sqlite3.node';
/** Read by src-main/shell/launch-settings.ts (development only; a packaged app ignores it). */
export const NATIVE_BINDING_ENV = 'BLO_NATIVE_BINDING';
/** Electron's own override for where its binary lives (honoured by node_modules/electron too). */
export const ELECTRON_DIST_ENV = 'ELECTRON_OVERRIDE_DIST_PATH';
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

const EXECUTABLE = { win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' };

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Installed versions of Electron and of the native module (they key the cache). */
export function installedVersions(root = ROOT) {
  return {
    electron: readJson(join(root, 'node_modules', 'electron', 'package.json')).version,
    module: readJson(join(root, 'node_modules', NATIVE_MODULE, 'package.json')).version,
  };
}

export function missingElectronMessage(expected) {
  return [
    `The Electron binary is missing${expected ? ` (expected at ${expected})` : ''}.`,
    'npm downloads it when Electron is installed, which needs internet on first install.',
    'On a connected machine run `node node_modules/electron/install.js` (or `npm ci`), then `npm start` again.',
    'Without Electron, `npm run web` serves the same UI and engine to a browser on 127.0.0.1.',
  ].join('\n');
}

/**
 * Where the Electron executable is, without triggering a download (requiring the `electron` package would try one).
 * Returns { ok: true, path } or { ok: false, message }.
 */
export function electronBinary({ root = ROOT, platform = process.platform, env = process.env, exists = existsSync, readText = (file) => readFileSync(file, 'utf8') } = {}) {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const fromPathFile = exists(pathFile) ? readText(pathFile).trim() : '';
  const executable = fromPathFile || EXECUTABLE[platform] || 'electron';
  const override = env[ELECTRON_DIST_ENV];
  const candidate = override ? join(override, executable) : join(electronDir, 'dist', executable);
  if ((override || fromPathFile) && exists(candidate)) return { ok: true, path: candidate };
  return { ok: false, message: missingElectronMessage(candidate) };
}

/** The cache folder for one (Electron, module, platform, arch): a copy of the module's sources, built there. */
export function nativeCacheDir({ root = ROOT, electronVersion, moduleVersion, platform = process.platform, arch = process.arch }) {
  return join(root, 'build', 'native', `electron-${electronVersion}-${platform}-${arch}`, `${NATIVE_MODULE}-${moduleVersion}`);
}

export const bindingPath = (cacheDir) => join(cacheDir, 'build', 'Release', BINDING_FILE);
const markerPath = (cacheDir) => join(cacheDir, 'blo-native.json');

/** Arguments for prebuild-install: download the module's published binary for Electron (GitHub releases). */
export function prebuildInstallArgs({ electronVersion, platform, arch }) {
  return ['--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch, '--verbose'];
}

/** Arguments for node-gyp: compile against Electron's headers (only for the machine's own platform). */
export function nodeGypArgs({ electronVersion, arch, devDir }) {
  return ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${devDir}`];
}

export function nativeBuildFailedMessage({ electronVersion, cacheDir, attempts }) {
  return [
    `Could not get ${NATIVE_MODULE} built for Electron ${electronVersion}.`,
    `Tried: ${attempts.join('; ')}.`,
    'This needs internet once: prebuild-install downloads a published binary from GitHub, and node-gyp needs',
    `Electron's headers from ${ELECTRON_HEADERS_URL} (plus a C++ toolchain and Python).`,
    `Connect the machine and run the command again; the result is cached in ${cacheDir}.`,
    'Without Electron, `npm run web` runs the app against the Node build in node_modules.',
  ].join('\n');
}

/**
 * The environment for prebuild-install/node-gyp: without npm_config_* settings that pick another target
 * (CI sets npm_config_nodedir=/usr for the Node build; inherited here it would compile against Node's headers).
 */
export function nativeBuildEnv(env) {
  const next = { ...env };
  for (const key of Object.keys(next)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|platform|target_platform|devdir|build_from_source)$/i.test(key)) delete next[key];
  }
  return next;
}

function defaultRun(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: nativeBuildEnv(process.env), ...options });
  return result.status ?? 1;
}

/**
 * Makes sure a binding for Electron exists in the cache and returns its path. First prebuild-install (download),
 * then node-gyp with Electron's headers (same platform only). Throws an Error with a clear message if both fail.
 * `run(command, args, { cwd })` returns an exit status; injectable for tests.
 */
export function ensureElectronBinding({
  root = ROOT,
  electronVersion,
  moduleVersion,
  platform = process.platform,
  arch = process.arch,
  run = defaultRun,
  log = (line) => console.log(line),
}) {
  const cacheDir = nativeCacheDir({ root, electronVersion, moduleVersion, platform, arch });
  const binding = bindingPath(cacheDir);
  if (existsSync(binding) && existsSync(markerPath(cacheDir))) return binding;

  log(`[native] preparing ${NATIVE_MODULE} ${moduleVersion} for Electron ${electronVersion} (${platform}-${arch}) in ${relative(root, cacheDir)}`);
  const source = join(root, 'node_modules', NATIVE_MODULE);
  const work = `${cacheDir}.tmp-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dirname(work), { recursive: true });
  // Sources only: the build/ folder holds the Node-ABI binary, which must not pass for Electron's.
  cpSync(source, work, {
    recursive: true,
    filter: (file) => {
      const inside = relative(source, file);
      return inside !== 'build' && !inside.startsWith(`build${sep}`) && inside !== 'node_modules' && !inside.startsWith(`node_modules${sep}`);
    },
  });

  const node = process.execPath;
  const attempts = [];
  const strategies = [
    {
      name: 'prebuild-install (download)',
      command: [join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...prebuildInstallArgs({ electronVersion, platform, arch })],
    },
  ];
  if (platform === process.platform) {
    strategies.push({
      name: "node-gyp with Electron's headers",
      command: [join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), ...nodeGypArgs({ electronVersion, arch, devDir: join(root, 'build', 'native', 'gyp') })],
    });
  }
  for (const strategy of strategies) {
    const status = run(node, strategy.command, { cwd: work });
    if (status === 0 && existsSync(bindingPath(work))) {
      writeFileSync(markerPath(work), `${JSON.stringify({ electronVersion, moduleVersion, platform, arch, via: strategy.name }, null, 2)}\n`);
      rmSync(cacheDir, { recursive: true, force: true });
      renameSync(work, cacheDir);
      log(`[native] ready: ${relative(root, binding)} (via ${strategy.name})`);
      return binding;
    }
    attempts.push(`${strategy.name} (exit ${status})`);
  }
  rmSync(work, { recursive: true, force: true });
  throw new Error(nativeBuildFailedMessage({ electronVersion, cacheDir, attempts }));
}

/** The environment Electron is launched with: the binding path set, and never ELECTRON_RUN_AS_NODE (it would run as Node). */
export function launchEnv(env, nativeBinding) {
  const next = { ...env, [NATIVE_BINDING_ENV]: nativeBinding };
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}

function build(root) {
  for (const args of [[join(root, 'scripts', 'build-main.mjs')], [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']]) {
    const status = defaultRun(process.execPath, args, { cwd: root });
    if (status !== 0) throw new Error(`Build failed: node ${args.map((arg) => relative(root, arg) || arg).join(' ')} (exit ${status})`);
  }
}

function main() {
  const electron = electronBinary();
  if (!electron.ok) {
    console.error(electron.message);
    process.exit(1);
  }
  const versions = installedVersions();
  let binding;
  try {
    build(ROOT);
    binding = ensureElectronBinding({ electronVersion: versions.electron, moduleVersion: versions.module });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // The app folder (not the script) so Electron reads package.json: name, version, main = build/main/shell.mjs.
  const child = spawn(electron.path, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit', env: launchEnv(process.env, binding) });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
