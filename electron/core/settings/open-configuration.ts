import { removeLeftoverTempFiles } from '../files/leftover-temp-files';
import type { Clock, OpenSettingsBackend, SecretCipher } from '../ports';
import { secretKeysInUse } from '../secrets/secret-keys';
import { SecretStore } from '../secrets/secret-store';
import { SettingsRepository, type SettingsLoadReport } from './settings-repository';
import { pairSecretsWithSettings, SettingsWithSecrets } from './settings-with-secrets';

export interface ConfigurationOptions {
  dir: string;
  openBackend: OpenSettingsBackend;
  cipher: SecretCipher;
  clock: Clock;
  appVersion: string;
}

/** The settings and secrets, checked against each other, and what the operator should be told. */
export interface OpenedConfiguration {
  config: SettingsWithSecrets;
  reports: SettingsLoadReport[];
}

/**
 * Opens the settings and the secrets the way every start must (the data folder's
 * lock already held): remove what interrupted writes left behind (such files may
 * hold a secret), load both files, undo a save that reached only the secrets,
 * and remove secrets no partner or hook refers to any more.
 */
export function openConfiguration(options: ConfigurationOptions): OpenedConfiguration {
  const { dir, clock } = options;
  removeLeftoverTempFiles(dir);
  const settings = SettingsRepository.open({
    dir,
    openBackend: options.openBackend,
    clock,
    appVersion: options.appVersion,
  });
  const secrets = SecretStore.open(dir, options.cipher, clock);
  const reports = [...settings.reports];
  if (secrets.problem) {
    reports.push({
      level: 'warning',
      message:
        'Your saved secrets could not be read, so API key values and partner secrets must be entered again. ' +
        `The unreadable file was kept as ${secrets.problem.backupPath}.`,
    });
  }

  if (pairSecretsWithSettings(settings, secrets) === 'rolled-back') {
    reports.push({
      level: 'info',
      message:
        'Integration Hub stopped while a change to the Order Webhooks or Partners settings was being saved, ' +
        'so that change was not kept. Check those pages and save again if something is missing.',
    });
  }
  // Only against settings loaded as saved: after a reset, the set-aside file's partners still own theirs.
  if (settings.loadedAsSaved && !secrets.problem) {
    const inUse = secretKeysInUse(settings.current);
    const orphans = secrets.keys().filter((key) => !inUse.has(key));
    secrets.remove(orphans);
  }
  return { config: new SettingsWithSecrets(settings, secrets), reports };
}
