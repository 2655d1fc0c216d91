import { describe, expect, it } from 'vitest';
import { launchSettings, NATIVE_BINDING_ENV, PACKAGED_BINDING, USER_DATA_DIR_ENV, vaultDir } from '../../src-main/shell/launch-settings.js';
import { allowDownload, grantDevicePermission, grantPermissionCheck, grantPermissionRequest } from '../../src-main/shell/permissions.js';
import { powerEventToLock, WATCHED_POWER_EVENTS } from '../../src-main/shell/power-events.js';
import { join } from 'node:path';

// Electron's permission names (session.setPermissionRequestHandler / setPermissionCheckHandler).
const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('denies a request for %s', (permission) => expect(grantPermissionRequest(permission)).toBe(false));
  it.each(PERMISSIONS)('denies a check for %s', (permission) => expect(grantPermissionCheck(permission)).toBe(false));
  it.each(['hid', 'serial', 'usb', 'bluetooth'])('denies %s devices', (device) => expect(grantDevicePermission(device)).toBe(false));
  it('cancels downloads started by the page', () => {
    for (const url of ['app://blo/x.pdf', 'blob:app://blo/1', 'https://example.com/x.exe']) expect(allowDownload(url)).toBe(false);
  });
});

describe('power events', () => {
  it('locks the vault on suspend and screen lock', () => {
    expect(powerEventToLock('suspend')).toBe('suspend');
    expect(powerEventToLock('lock-screen')).toBe('lock-screen');
  });
  it('ignores the others', () => {
    for (const name of ['resume', 'unlock-screen', 'on-ac', 'on-battery', 'shutdown', 'user-did-become-active', '']) expect(powerEventToLock(name)).toBeNull();
  });
  it('the shell subscribes exactly to the events that lock', () => {
    expect([...WATCHED_POWER_EVENTS].sort()).toEqual(['lock-screen', 'suspend']);
    for (const name of WATCHED_POWER_EVENTS) expect(powerEventToLock(name)).not.toBeNull();
  });
});

describe('launchSettings', () => {
  const env = { [NATIVE_BINDING_ENV]: '/cache/better_sqlite3.node', [USER_DATA_DIR_ENV]: '/tmp/blo-profile' };

  it('in development takes the binding and profile folder from the environment (absolute paths only)', () => {
    expect(launchSettings({ isPackaged: false, resourcesPath: '/r', env })).toEqual({
      nativeBinding: '/cache/better_sqlite3.node',
      userDataDir: '/tmp/blo-profile',
    });
    expect(launchSettings({ isPackaged: false, resourcesPath: '/r', env: { [NATIVE_BINDING_ENV]: 'rel/x.node', [USER_DATA_DIR_ENV]: '' } })).toEqual({
      nativeBinding: undefined,
      userDataDir: undefined,
    });
  });

  it('when packaged ignores the environment: the binding is the one shipped beside the asar', () => {
    expect(launchSettings({ isPackaged: true, resourcesPath: '/opt/BLO Desk/resources', env })).toEqual({
      nativeBinding: join('/opt/BLO Desk/resources', ...PACKAGED_BINDING),
    });
  });

  it('keeps the vault in its own folder inside the user data', () => {
    expect(vaultDir('/home/u/.config/BLO Desk')).toBe(join('/home/u/.config/BLO Desk', 'vault'));
  });
});
