import type { Database as SqliteDatabase, Statement } from "better-sqlite3";
import type { SqliteDatabase as KyselySqliteDatabase } from "kysely";

/** Distinct SQL texts kept prepared: every query the server writes, with room for the varying IN-list lengths. */
const CAPACITY = 500;

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs as much as running a small indexed query. The
 * server issues a few dozen distinct SQL texts, so a cache keyed by the text (least recently used out) saves it.
 * Statements are only run to completion here (the server never streams), so one statement is never used twice at
 * once.
 */
export function withStatementCache(database: SqliteDatabase): KyselySqliteDatabase {
  const cache = new Map<string, Statement>();

  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
