/* global console */
// electron-builder afterPack hook (electron-builder.yml → afterPack). Runs after the app is packed, before signing:
// 1. puts a better-sqlite3-multiple-ciphers binding for the packaged Electron beside the asar (resources/native/),
//    where src-main/shell/launch-settings.ts looks for it — electron-builder's own rebuild is off (npmRebuild: false)
//    so node_modules keeps its Node build for the tests;
// 2. flips the Electron fuses listed in src-main/shell/fuses.json (the single source, also asserted by test/shell).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureElectronBinding, installedVersions, ROOT } from './start-electron.mjs';

export const FUSES_FILE = join(ROOT, 'src-main', 'shell', 'fuses.json');
export const PACKAGED_BINDING = ['native', 'better_sqlite3.node'];
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export const readFuseSettings = (file = FUSES_FILE) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Turns { RunAsNode: false, … } into the object @electron/fuses' flipFuses takes. An unknown name is an error,
 * not a silent no-op: a typo must not leave a fuse at its insecure default.
 */
export function toFuseConfig(settings, { FuseV1Options, FuseVersion }, { resetAdHocDarwinSignature }) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature };
  for (const [name, value] of Object.entries(settings)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`Unknown Electron fuse "${name}" in ${FUSES_FILE}`);
    if (typeof value !== 'boolean') throw new Error(`Fuse "${name}" must be true or false`);
    config[index] = value;
  }
  return config;
}

/** electron-builder's Arch enum (a number) or a name → the name prebuild-install and node-gyp use. */
export const archName = (arch) => (typeof arch === 'number' ? ARCH_NAMES[arch] : arch);

/** Where the binding goes inside the packed app (resources/native/…; on macOS inside the .app bundle). */
export function packagedBindingPath({ appOutDir, electronPlatformName, productFilename }) {
  const resources =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas' ? join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources') : join(appOutDir, 'resources');
  return join(resources, ...PACKAGED_BINDING);
}

/** The packed Electron executable whose fuses are flipped (the same names electron-builder gives it). */
export function electronExecutablePath({ appOutDir, electronPlatformName, productFilename, executableName }) {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName);
}

export async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = archName(context.arch);
  const versions = installedVersions();
  const electronVersion = context.packager.config.electronVersion ?? versions.electron;

  const binding = ensureElectronBinding({ electronVersion, moduleVersion: versions.module, platform: platform === 'mas' ? 'darwin' : platform, arch });
  const target = packagedBindingPath({ appOutDir: context.appOutDir, electronPlatformName: platform, productFilename: context.packager.appInfo.productFilename });
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(binding, target);

  // Our pinned @electron/fuses (electron-builder's own addElectronFuses would use the older copy it bundles).
  const fuses = await import('@electron/fuses');
  const config = toFuseConfig(readFuseSettings(), fuses, { resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas' });
  const executable = electronExecutablePath({
    appOutDir: context.appOutDir,
    electronPlatformName: platform,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  });
  console.log(`  • flipping Electron fuses  executable=${executable}`);
  await fuses.flipFuses(executable, config);
}

export default afterPack;
