/**
 * Every permission the page could ask for (camera, microphone, geolocation, notifications, clipboard read,
 * HID/serial/USB devices, display capture, opening external links…) is denied, both when requested and when
 * merely checked. Nothing in the app needs one; a victim-data tool must not grow one by accident.
 * Kept as functions so the shell wires them and tests call them.
 */
export const grantPermissionRequest = (_permission: string): boolean => false;
export const grantPermissionCheck = (_permission: string): boolean => false;
export const grantDevicePermission = (_deviceType: string): boolean => false;

/** Downloads started by the page are cancelled: saving files goes through the shell's own dialogs, never the browser. */
export const allowDownload = (_url: string): boolean => false;
