import type { Database } from 'sql.js';

/** One numbered step of the user schema. Never edit a released migration: add the next. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
