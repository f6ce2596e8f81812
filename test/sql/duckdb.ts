// One in-memory DuckDB connection per test file, opened before its tests and closed after (single-threaded: the
// whole suite shares two cores).
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll } from 'vitest';

/** Registers the file's DuckDB set-up; the returned function gives the open connection inside a test. */
export function useDuckDb(): () => DuckDBConnection {
  let db: DuckDBInstance | undefined;
  let con: DuckDBConnection | undefined;
  beforeAll(async () => {
    db = await DuckDBInstance.create(':memory:', { threads: '1' });
    con = await db.connect();
  });
  afterAll(() => {
    con?.closeSync();
    db?.closeSync();
  });
  return () => {
    if (!con) throw new Error('DuckDB is not open yet (use the connection inside a test)');
    return con;
  };
}
