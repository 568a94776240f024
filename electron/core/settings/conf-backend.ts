import Conf from 'conf';
import { restrictToOwner } from '../files/private-files';
import type { OpenSettingsBackend } from '../ports';
import { readSettingsFile } from './read-settings-file';

/**
 * The plain-Node settings backend: `conf`, which `electron-store` is built on, so
 * both modes write the same file format. Validation and migrations are ours
 * (`settings-repository.ts`), not conf's, so both backends behave the same.
 */
export const openConfBackend: OpenSettingsBackend = ({ dir, name }) => {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: name,
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
  });
  return {
    path: conf.path,
    read: () => readSettingsFile(conf.path),
    write: (document) => {
      conf.store = document;
      restrictToOwner(conf.path);
    },
  };
};
