import Conf from 'conf';

/** Options as the shell passes them to electron-store. */
export interface FakeStoreOptions {
  cwd?: string;
  name?: string;
  clearInvalidConfig?: boolean;
  configFileMode?: number;
  accessPropertiesByDotNotation?: boolean;
  watch?: boolean;
}

/**
 * electron-store without Electron: the real package imports `electron`, which in
 * plain Node tries to download the binary. electron-store is a thin subclass of
 * conf that renames `name` to `configName`, so conf gives the real file behaviour.
 */
export class FakeElectronStore extends Conf<Record<string, unknown>> {
  /** Every options object a store was created with, for assertions. */
  static readonly created: FakeStoreOptions[] = [];

  constructor(options: FakeStoreOptions) {
    const { name, ...rest } = options;
    super({ ...rest, configName: name ?? 'config' });
    FakeElectronStore.created.push(options);
  }
}
