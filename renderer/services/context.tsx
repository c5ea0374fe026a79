// What every screen needs: the db client, the shell and the saver.
import { createContext, useContext } from 'react';
import type { ShellApi } from '../platform';
import type { DbClient } from '../db/client';
import type { UserSaver } from '../platform/user-saver';

export interface AppContextValue {
  db: DbClient;
  shell: ShellApi;
  saver: UserSaver;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppContext.Provider>');
  return value;
}
