/**
 * The app's identity on Windows (AppUserModelID): notifications show only for an
 * app whose ID matches its Start-menu shortcut, which the installer creates from
 * electron-builder's `appId` — the two must stay equal (the packaging test checks).
 */
export const appUserModelId = 'com.integrationhub.app';
