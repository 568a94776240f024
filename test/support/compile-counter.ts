import { constants, type DatabaseSync } from 'node:sqlite';

/**
 * Counts SQL compilations on `db`: SQLite asks the authorizer about every
 * table and column while it compiles a statement — at `prepare`, and again
 * whenever a prepared statement is recompiled (`sqlite3Reprepare`), e.g. after
 * a bound `LIMIT ?` changed. Running an already compiled statement asks nothing.
 * `BEGIN` / `COMMIT` (compiled by `exec` for every transaction) are not counted.
 */
export function countCompiles(db: DatabaseSync): { count(): number; stop(): void } {
  let questions = 0;
  db.setAuthorizer((action) => {
    if (action !== constants.SQLITE_TRANSACTION) questions += 1;
    return constants.SQLITE_OK;
  });
  return { count: () => questions, stop: () => db.setAuthorizer(null) };
}
