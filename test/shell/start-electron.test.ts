import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { NATIVE_BINDING_ENV } from '../../src-main/shell/launch-settings.js';

type Run = (command: string, args: string[], options: { cwd: string }) => number;
interface StartElectronModule {
  NATIVE_BINDING_ENV: string;
  electronBinary(options: {
    root: string;
    platform?: string;
    env?: Record<string, string | undefined>;
    exists?: (file: string) => boolean;
    readText?: (file: string) => string;
  }): { ok: true; path: string } | { ok: false; message: string };
  nativeCacheDir(options: { root: string; electronVersion: string; moduleVersion: string; platform: string; arch: string }): string;
  bindingPath(cacheDir: string): string;
  prebuildInstallArgs(options: { electronVersion: string; platform: string; arch: string }): string[];
  nodeGypArgs(options: { electronVersion: string; arch: string; devDir: string }): string[];
  ensureElectronBinding(options: {
    root: string;
    electronVersion: string;
    moduleVersion: string;
    platform?: string;
    arch?: string;
    run: Run;
    log?: (line: string) => void;
  }): string;
  launchEnv(env: Record<string, string | undefined>, binding: string): Record<string, string | undefined>;
  nativeBuildEnv(env: Record<string, string | undefined>): Record<string, string | undefined>;
  installedVersions(root?: string): { electron: string; module: string };
}

const ROOT = join(import.meta.dirname, '..', '..');
const start = (await import(pathToFileURL(join(ROOT, 'scripts', 'start-electron.mjs')).href)) as StartElectronModule;

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project root with a fake copy of the native package (sources + a Node-ABI build that must not be reused). */
function fakeRoot() {
  const root = mkdtempSync(join(tmpdir(), 'blo-start-'));
  temps.push(root);
  const pkg = join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  mkdirSync(join(pkg, 'build', 'Release'), { recursive: true });
  mkdirSync(join(pkg, 'src'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3-multiple-ciphers', version: '12.11.1' }));
  writeFileSync(join(pkg, 'binding.gyp'), '{}');
  writeFileSync(join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
  writeFileSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'NODE-ABI BINARY');
  return root;
}
const versions = { electronVersion: '45.5.0', moduleVersion: '12.11.1', platform: process.platform, arch: process.arch };

describe('electronBinary', () => {
  const root = '/p';
  const pathTxt = join('/p', 'node_modules', 'electron', 'path.txt');
  const dist = join('/p', 'node_modules', 'electron', 'dist', 'electron');

  it('finds the binary named in node_modules/electron/path.txt without requiring the package (which would download)', () => {
    const result = start.electronBinary({ root, env: {}, exists: (f) => f === pathTxt || f === dist, readText: () => 'electron\n' });
    expect(result).toEqual({ ok: true, path: dist });
  });

  it('says clearly that the binary is missing and needs internet on first install', () => {
    const result = start.electronBinary({ root, platform: 'linux', env: {}, exists: () => false });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/Electron binary is missing/);
      expect(result.message).toMatch(/internet on first install/);
      expect(result.message).toMatch(/npm run web/);
      expect(result.message).toContain(dist);
    }
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const result = start.electronBinary({ root, platform: 'win32', env: { ELECTRON_OVERRIDE_DIST_PATH: 'C:/electron' }, exists: (f) => f === join('C:/electron', 'electron.exe') });
    expect(result).toEqual({ ok: true, path: join('C:/electron', 'electron.exe') });
  });
});

describe('the Electron binding cache', () => {
  it('lives outside node_modules, keyed by Electron version, module version, platform and arch', () => {
    const dir = start.nativeCacheDir({ root: '/p', electronVersion: '45.5.0', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64' });
    expect(dir).toBe(join('/p', 'build', 'native', 'electron-45.5.0-linux-x64', 'better-sqlite3-multiple-ciphers-12.11.1'));
    expect(dir).not.toContain('node_modules');
    expect(start.bindingPath(dir)).toBe(join(dir, 'build', 'Release', 'better_sqlite3.node'));
  });

  it('asks prebuild-install and node-gyp for Electron, not Node', () => {
    expect(start.prebuildInstallArgs({ electronVersion: '45.5.0', platform: 'win32', arch: 'x64' })).toEqual(
      expect.arrayContaining(['--runtime', 'electron', '--target', '45.5.0', '--platform', 'win32', '--arch', 'x64']),
    );
    const gyp = start.nodeGypArgs({ electronVersion: '45.5.0', arch: 'x64', devDir: '/d' });
    expect(gyp).toEqual(expect.arrayContaining(['rebuild', '--release', '--target=45.5.0', '--arch=x64', '--dist-url=https://electronjs.org/headers', '--devdir=/d']));
  });

  it('builds in a copy of the sources without the Node-ABI binary, then caches the result', () => {
    const root = fakeRoot();
    const calls: { args: string[]; cwd: string; hadNodeBuild: boolean }[] = [];
    const run: Run = (_command, args, { cwd }) => {
      calls.push({ args, cwd, hadNodeBuild: existsSync(join(cwd, 'build')) });
      mkdirSync(join(cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'ELECTRON-ABI BINARY');
      return 0;
    };
    const binding = start.ensureElectronBinding({ root, ...versions, run, log: () => {} });
    expect(binding).toBe(start.bindingPath(start.nativeCacheDir({ root, ...versions })));
    expect(readFileSync(binding, 'utf8')).toBe('ELECTRON-ABI BINARY');
    expect(calls).toHaveLength(1);
    expect(calls[0].hadNodeBuild).toBe(false);
    expect(calls[0].args.join(' ')).toMatch(/prebuild-install.*--runtime electron --target 45\.5\.0/);
    expect(existsSync(join(dirname(dirname(dirname(binding))), 'src', 'better_sqlite3.cpp'))).toBe(true);
    // node_modules is untouched.
    expect(readFileSync(join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE-ABI BINARY');
    // Second start: cached, nothing runs.
    expect(start.ensureElectronBinding({ root, ...versions, run: () => expect.unreachable('no rebuild') as never, log: () => {} })).toBe(binding);
  });

  it('falls back to node-gyp with Electron headers when no prebuilt binary can be downloaded', () => {
    const root = fakeRoot();
    const tools: string[] = [];
    const run: Run = (_command, args, { cwd }) => {
      tools.push(args[0]);
      if (!args[0].includes('node-gyp')) return 1;
      mkdirSync(join(cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'COMPILED');
      return 0;
    };
    const binding = start.ensureElectronBinding({ root, ...versions, run, log: () => {} });
    expect(readFileSync(binding, 'utf8')).toBe('COMPILED');
    expect(tools.map((tool) => (tool.includes('prebuild-install') ? 'prebuild-install' : 'node-gyp'))).toEqual(['prebuild-install', 'node-gyp']);
  });

  it('explains what is needed (internet once) when both fail, and leaves no half-built cache', () => {
    const root = fakeRoot();
    expect(() => start.ensureElectronBinding({ root, ...versions, run: () => 1, log: () => {} })).toThrow(/needs internet once[\s\S]*electronjs\.org\/headers/);
    expect(existsSync(start.nativeCacheDir({ root, ...versions }))).toBe(false);
  });

  it('never cross-compiles with node-gyp (another platform can only be downloaded)', () => {
    const root = fakeRoot();
    const tools: string[] = [];
    const other = process.platform === 'win32' ? 'linux' : 'win32';
    expect(() => start.ensureElectronBinding({ root, ...versions, platform: other, run: (_c, args) => (tools.push(args[0]), 1), log: () => {} })).toThrow();
    expect(tools).toHaveLength(1);
    expect(tools[0]).toContain('prebuild-install');
  });
});

describe('launch environment', () => {
  it('passes the binding to the shell and never lets Electron run as Node', () => {
    expect(start.NATIVE_BINDING_ENV).toBe(NATIVE_BINDING_ENV);
    const env = start.launchEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, '/cache/better_sqlite3.node');
    expect(env).toEqual({ PATH: '/bin', [NATIVE_BINDING_ENV]: '/cache/better_sqlite3.node' });
  });

  it('drops npm settings that would point the native build at Node (CI sets npm_config_nodedir)', () => {
    const env = start.nativeBuildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', npm_config_target: '20.19.0', npm_config_runtime: 'node', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });

  it('reads the installed versions that key the cache', () => {
    const installed = start.installedVersions(ROOT);
    expect(installed.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.module).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
