import { resolve } from 'node:path';
import Store from 'electron-store';
import { restrictToOwner } from '../core/files/private-files';
import type { OpenSettingsBackend } from '../core/ports';
import { readSettingsFile } from '../core/settings/read-settings-file';

/**
 * The Electron settings backend: `electron-store`, which is `conf` underneath, so
 * the file format is the one browser mode writes. The store is created on first
 * use because conf reads the file in its constructor: opening must not throw on a
 * corrupt file, `read()` must (with the SyntaxError), so the core can set it aside.
 */
export const openElectronStoreBackend: OpenSettingsBackend = ({ dir, name }) => {
  let store: Store<Record<string, unknown>> | undefined;
  const open = (): Store<Record<string, unknown>> => {
    store ??= new Store<Record<string, unknown>>({
      cwd: dir,
      name,
      // Never silently wipe the operator's configuration; the core backs it up instead.
      clearInvalidConfig: false,
      configFileMode: 0o600,
      // Keys such as partner ids or URLs may contain dots.
      accessPropertiesByDotNotation: false,
      watch: false,
    });
    return store;
  };
  // conf's own rule: `<cwd>/<name>.json`.
  const path = resolve(dir, `${name}.json`);
  return {
    path,
    read: () => readSettingsFile(path),
    write: (document) => {
      const opened = open();
      opened.store = document;
      // Re-applied because a file that existed before may have had wider permissions.
      restrictToOwner(opened.path);
    },
  };
};
