/**
 * A file in the data folder was written by a newer Integration Hub than this one.
 * The start stops here: reading it could misread the operator's data and writing
 * it could destroy what the newer version needs, and starting fresh would hide
 * everything they set up. Nothing has been changed when this is thrown.
 */
export class WrittenByNewerVersion extends Error {
  constructor(details: {
    /** What the file is, in the operator's words ("The settings file", "The database"). */
    what: string;
    path: string;
    /** The app version that wrote it, when the file says. */
    writtenBy: string | null;
    /** The file's format version and the newest this version knows, e.g. settings version 2 / 1. */
    formatVersion: number;
    knownVersion: number;
    thisVersion: string;
  }) {
    const { what, path, writtenBy, formatVersion, knownVersion, thisVersion } = details;
    const by = writtenBy
      ? `Integration Hub ${writtenBy}, a newer version than this one (${thisVersion})`
      : `a newer version of Integration Hub than this one (${thisVersion})`;
    super(
      `${what} ${path} was written by ${by}, in a format this version cannot read (version ${formatVersion}; ` +
        `this version knows up to ${knownVersion}). Integration Hub stopped without changing anything. ` +
        `To keep using this data, install Integration Hub ${writtenBy ?? 'that version'} or newer again; ` +
        'to start over without it, start with --data-dir and another folder.',
    );
    this.name = 'WrittenByNewerVersion';
  }
}
