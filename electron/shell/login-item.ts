import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { App } from 'electron';
import type { HubEvents } from '../../shared/contract';
import type { DesktopSettings } from '../../shared/domain/desktop';
import { writeFileAtomic } from '../core/files/write-file-atomic';
import type { Hub } from '../core/ports';

/** Passed when the OS starts the app at login: no window, just the tray icon, deliveries running. */
export const startHiddenFlag = '--hidden';

/** How the OS should start this app: the executable and its arguments (the app folder when run from source). */
export interface LaunchCommand {
  executable: string;
  args: string[];
}

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  app: Pick<App, 'setLoginItemSettings'>;
  launch: LaunchCommand;
  /** Linux: the XDG autostart folder (`$XDG_CONFIG_HOME/autostart`). */
  autostartDir: string;
}

/** The autostart entry's file name on Linux. */
export const autostartFileName = 'integration-hub.desktop';

/**
 * One argument of a desktop entry's `Exec` line: quoted when it has to be, with
 * the characters the Desktop Entry spec reserves inside quotes escaped, and `%`
 * doubled (a lone `%` would be a field code).
 */
export function desktopExecArg(arg: string): string {
  const literal = arg.replaceAll('%', '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(literal)) return literal;
  return `"${literal.replace(/["`$\\]/g, (char) => `\\${char}`)}"`;
}

/** The XDG autostart entry that starts the app, hidden, when the operator signs in. */
export function autostartEntry(launch: LaunchCommand): string {
  const exec = [launch.executable, ...launch.args, startHiddenFlag].map(desktopExecArg).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Integration Hub',
    'Comment=Keeps sending partner webhooks in the background',
    `Exec=${exec}`,
    'Icon=integration-hub',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** A Windows command-line argument for the Run registry value: quoted when it has spaces (Electron's advice). */
function windowsArg(arg: string): string {
  return /\s/.test(arg) ? `"${arg}"` : arg;
}

/**
 * Makes the OS start the app at login, or stops it. macOS and Windows have
 * Electron's login items; Linux has none, so the XDG autostart entry is written
 * (or removed) instead — what GNOME, KDE, Xfce and others all read.
 */
export function applyStartAtLogin(enabled: boolean, deps: LoginItemDeps): void {
  if (deps.platform === 'linux') {
    const file = join(deps.autostartDir, autostartFileName);
    if (!enabled) {
      rmSync(file, { force: true });
      return;
    }
    mkdirSync(deps.autostartDir, { recursive: true });
    writeFileAtomic(file, autostartEntry(deps.launch), 0o644);
    return;
  }
  if (deps.platform === 'win32') {
    deps.app.setLoginItemSettings({
      openAtLogin: enabled,
      path: deps.launch.executable,
      args: [...deps.launch.args, startHiddenFlag].map(windowsArg),
    });
    return;
  }
  // macOS: the app itself is the login item (no arguments there); it opens its window at login.
  deps.app.setLoginItemSettings({ openAtLogin: enabled });
}

/**
 * How the OS should start this app. The packaged app is its own executable (an
 * AppImage is the file in `$APPIMAGE`, not the temporary mount it runs from);
 * run from source it is Electron plus the app folder. A data folder chosen on
 * the command line or in the environment goes along, so the login start opens
 * the same data.
 */
export function launchCommand(options: {
  isPackaged: boolean;
  execPath: string;
  appPath: string;
  env: NodeJS.ProcessEnv;
  chosenDataDir: string | undefined;
}): LaunchCommand {
  const executable = (options.isPackaged ? options.env.APPIMAGE : undefined) ?? options.execPath;
  return {
    executable,
    args: [
      ...(options.isPackaged ? [] : [options.appPath]),
      ...(options.chosenDataDir ? [`--data-dir=${options.chosenDataDir}`] : []),
    ],
  };
}

/**
 * Applies the desktop.startAtLogin setting now and whenever it changes. A failure
 * (an unwritable autostart folder) is reported, never fatal. Returns an unsubscribe.
 */
export function followStartAtLogin(
  hub: Pick<Hub, 'call' | 'subscribe'>,
  apply: (enabled: boolean) => void,
  onError: (error: unknown) => void,
): () => void {
  const sync = (): void => {
    void hub.call('desktop.get', {}).then((result) => {
      if (!result.ok) return;
      try {
        apply((result.value as DesktopSettings).startAtLogin);
      } catch (error) {
        onError(error);
      }
    });
  };
  sync();
  return hub.subscribe((event, payload) => {
    if (event === 'settings.changed' && (payload as HubEvents['settings.changed']).scope === 'desktop') sync();
  });
}
