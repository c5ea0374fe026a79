// Picks the ShellApi for where the page runs: the preload's bridge inside Electron, or the
// browser implementation everywhere else.
import { SHELL_GLOBAL, type ShellApi } from '../../electron/shell-api';
import { createWebShell } from './web-shell';

export type { ShellApi, ShellCommand } from '../../electron/shell-api';

declare const __APP_VERSION__: string;

export function getShell(): ShellApi {
  const bridged = (window as unknown as Record<string, ShellApi | undefined>)[SHELL_GLOBAL];
  return bridged ?? createWebShell(__APP_VERSION__);
}
