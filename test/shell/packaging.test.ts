import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FUSE_SETTINGS } from '../../src-main/shell/fuses.js';
import { PACKAGED_BINDING } from '../../src-main/shell/launch-settings.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface AfterPackModule {
  FUSES_FILE: string;
  PACKAGED_BINDING: string[];
  readFuseSettings(file?: string): Record<string, boolean>;
  toFuseConfig(
    settings: Record<string, unknown>,
    fuses: { FuseV1Options: object; FuseVersion: object },
    options: { resetAdHocDarwinSignature: boolean },
  ): Record<string | number, unknown>;
  archName(arch: number | string): string;
  packagedBindingPath(options: { appOutDir: string; electronPlatformName: string; productFilename: string }): string;
  electronExecutablePath(options: { appOutDir: string; electronPlatformName: string; productFilename: string; executableName: string }): string;
  afterPack(context: unknown): Promise<void>;
  default: unknown;
}
const afterPack = (await import(pathToFileURL(join(ROOT, 'scripts', 'after-pack.mjs')).href)) as AfterPackModule;

interface BuilderConfig {
  productName: string;
  appId: string;
  asar: boolean;
  npmRebuild: boolean;
  publish: unknown;
  files: string[];
  asarUnpack: string[];
  afterPack: string;
  electronFuses?: unknown;
  directories: { output: string; buildResources: string };
  win: { target: { target: string }[] };
  nsis: { deleteAppDataOnUninstall: boolean };
  linux: { target: { target: string }[]; maintainer: string };
}
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('builds "BLO Desk" as NSIS for Windows and AppImage + deb for Linux', () => {
    expect(config.productName).toBe('BLO Desk');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toBeTruthy(); // the deb target refuses to build without one
  });

  it('packs into an asar, unpacks native .node files, never publishes or self-updates', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.publish).toBeNull();
  });

  it('ships only the built app: shell, preload, engine worker, renderer, assets, package.json', () => {
    const includes = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(includes.sort()).toEqual(['package.json', 'build/main/shell.mjs', 'build/main/preload.cjs', 'build/main/engine-worker.mjs', 'build/renderer/**', 'assets/**'].sort());
    for (const pattern of includes) expect(pattern).not.toMatch(/web-host|^test|^bench|^scripts|^src-|^migrations|\*\*\/\*$|^\*\*$/);
  });

  it('explicitly excludes the loopback test host, source maps, sources, tests, tools and the native cache', () => {
    for (const pattern of [
      '!build/main/web-host.mjs',
      '!build/main/*.map',
      '!build/native/**',
      '!test/**',
      '!bench/**',
      '!scripts/**',
      '!src-main/**',
      '!src-renderer/**',
      '!src-shared/**',
      '!migrations/**',
    ])
      expect(config.files).toContain(pattern);
  });

  it('does not rebuild node_modules in place (its Node build serves the tests); after-pack adds the Electron binding', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toContain('!**/node_modules/better-sqlite3-multiple-ciphers/{build,deps,src}/**');
    expect(afterPack.PACKAGED_BINDING).toEqual([...PACKAGED_BINDING]); // where the shell looks for it
  });

  it('flips the fuses in afterPack (and only there) and keeps the vault on uninstall', () => {
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    expect(config.electronFuses).toBeUndefined();
    expect(typeof afterPack.afterPack).toBe('function');
    expect(afterPack.default).toBe(afterPack.afterPack);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});

describe('fuses', () => {
  it('turns Node-as-a-backdoor off and integrity on', () => {
    expect(FUSE_SETTINGS).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('after-pack reads the same settings and names only real fuses', () => {
    expect(afterPack.FUSES_FILE).toBe(join(ROOT, 'src-main', 'shell', 'fuses.json'));
    expect(afterPack.readFuseSettings()).toEqual(FUSE_SETTINGS);
    for (const name of Object.keys(FUSE_SETTINGS)) expect(typeof FuseV1Options[name as keyof typeof FuseV1Options], name).toBe('number');
  });

  it('maps the settings to the flipFuses config by fuse index', () => {
    const result = afterPack.toFuseConfig(FUSE_SETTINGS, { FuseV1Options, FuseVersion }, { resetAdHocDarwinSignature: true });
    expect(result).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('refuses a misspelt fuse or a non-boolean value instead of silently skipping it', () => {
    expect(() => afterPack.toFuseConfig({ RunAsNod: false }, { FuseV1Options, FuseVersion }, { resetAdHocDarwinSignature: false })).toThrow(/Unknown Electron fuse "RunAsNod"/);
    expect(() => afterPack.toFuseConfig({ RunAsNode: 'no' }, { FuseV1Options, FuseVersion }, { resetAdHocDarwinSignature: false })).toThrow(/true or false/);
  });

  describe('flipping a fuse wire (a stand-in binary with Electron 45-like defaults)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blo-fuses-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('leaves every configured fuse in the wanted state', async () => {
      // sentinel, wire version 1, length 9, then one byte per fuse ('1' on / '0' off), as in Electron's binary.
      const defaults = '101100011';
      const binary = join(dir, 'electron');
      writeFileSync(
        binary,
        Buffer.concat([
          Buffer.from('\x7fELF padding…'),
          Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
          Buffer.from([1, defaults.length]),
          Buffer.from(defaults),
          Buffer.from('…tail'),
        ]),
      );
      copyFileSync(binary, `${binary}.orig`);

      await flipFuses(binary, afterPack.toFuseConfig(afterPack.readFuseSettings(), { FuseV1Options, FuseVersion }, { resetAdHocDarwinSignature: false }) as never);
      const wire = await getCurrentFuseWire(binary);
      for (const [name, wanted] of Object.entries(FUSE_SETTINGS))
        expect(wire[FuseV1Options[name as keyof typeof FuseV1Options]], name).toBe(wanted ? FuseState.ENABLE : FuseState.DISABLE);
      // Fuses not in our settings keep Electron's default.
      expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
      expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
      expect(readFileSync(binary).length).toBe(readFileSync(`${binary}.orig`).length);
    });
  });

  it('finds the packed executable and the binding place on each platform', () => {
    const names = { productFilename: 'BLO Desk', executableName: 'blo-desk' };
    expect(afterPack.electronExecutablePath({ appOutDir: '/o', electronPlatformName: 'linux', ...names })).toBe(join('/o', 'blo-desk'));
    expect(afterPack.electronExecutablePath({ appOutDir: '/o', electronPlatformName: 'win32', ...names })).toBe(join('/o', 'BLO Desk.exe'));
    expect(afterPack.electronExecutablePath({ appOutDir: '/o', electronPlatformName: 'darwin', ...names })).toBe(join('/o', 'BLO Desk.app'));
    expect(afterPack.packagedBindingPath({ appOutDir: '/o', electronPlatformName: 'win32', ...names })).toBe(join('/o', 'resources', ...PACKAGED_BINDING));
    expect(afterPack.packagedBindingPath({ appOutDir: '/o', electronPlatformName: 'darwin', ...names })).toBe(
      join('/o', 'BLO Desk.app', 'Contents', 'Resources', ...PACKAGED_BINDING),
    );
    expect(afterPack.archName(1)).toBe('x64');
    expect(afterPack.archName(3)).toBe('arm64');
    expect(afterPack.archName('x64')).toBe('x64');
  });
});
