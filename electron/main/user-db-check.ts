// The user DB check for the main process: the library's own openUser verdict, with sql.js
// loaded the first time it is needed.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { checkUserDb } from '../../renderer/db/user/open-user';
import type { UserDbCheck } from './user-db-recovery';

export function createUserDbCheck(
  load: () => Promise<SqlJsStatic> = () => initSqlJs(),
): UserDbCheck {
  let sql: Promise<SqlJsStatic> | null = null;
  return async (bytes) => checkUserDb(await (sql ??= load()), bytes);
}
