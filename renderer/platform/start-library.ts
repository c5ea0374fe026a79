// Starts the app's data: reads both databases through the shell, opens them in the worker,
// reports a damaged user DB the shell replaced from a backup, sets aside one that only the
// page found unreadable (the browser host has no backups), and returns a typed client whose
// changes are saved.
import * as Comlink from 'comlink';
import type { ShellApi } from '../../electron/shell-api';
import type { DbClient } from '../db/client';
import { writesImports, writesUser } from '../db/contract';
import type { ContentMeta } from '../db/types';
import type { OpenReport, WorkerApi } from './db-worker';
import { recoveryText } from './recovery-notice';
import { createUserSaver, type UserSaver } from './user-saver';

export interface Notice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export type StartResult =
  | { ok: true; db: DbClient; saver: UserSaver; meta: ContentMeta; notices: Notice[] }
  | { ok: false; title: string; message: string };

export async function startLibrary(shell: ShellApi): Promise<StartResult> {
  const content = await shell.readContentDb();
  if (!content.ok) {
    return { ok: false, title: 'The library could not be read', message: content.error.message };
  }
  const user = await shell.readUserDb();
  const notices: Notice[] = [];
  if (!user.ok) {
    notices.push({
      tone: 'error',
      text: `${user.error.message} Starting with empty notes; nothing was deleted.`,
    });
  } else if (user.value.recovery) {
    notices.push({ tone: 'warning', text: recoveryText(user.value.recovery) });
  }

  const imports = await shell.readImportsDb();
  if (!imports.ok) {
    notices.push({
      tone: 'error',
      text: `${imports.error.message} Your imported articles are not shown and nothing was deleted.`,
    });
  }

  const worker = new Worker(new URL('./db-worker.ts', import.meta.url), {
    type: 'module',
    name: 'library',
  });
  const remote = Comlink.wrap<WorkerApi>(worker);
  let report: OpenReport;
  try {
    report = await remote.open({
      content: content.value.bytes,
      contentPath: content.value.path,
      user: user.ok ? user.value.bytes : null,
      userVerified: user.ok && user.value.verified === true,
      imports: imports.ok ? imports.value.bytes : null,
    });
  } catch (error) {
    worker.terminate();
    return {
      ok: false,
      title: 'The library could not be opened',
      message: error instanceof Error ? error.message : String(error),
    };
  }

  const saver = createUserSaver({
    exportBytes: () => remote.exportUser(),
    write: async (bytes) => {
      const result = await shell.writeUserDb(bytes);
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
  });

  const status = report.userStatus;
  if (status.state === 'unreadable') {
    const kept = await shell.setAsideUserDb(status.reason);
    notices.push({
      tone: 'warning',
      text: kept.ok
        ? `Your saved notes could not be opened (${status.reason}). The file was kept aside at ${kept.value.keptAt} and a new one was started.`
        : `Your saved notes could not be opened (${status.reason}) and could not be moved aside (${kept.error.message}). Changes will not be saved, so the old file stays as it is.`,
    });
    if (kept.ok) saver.changed();
    else saver.disable('Saving is off to protect your existing file.');
  } else if (status.state === 'newer') {
    const text = `Your notes were saved by a newer version of Karabakh Reader (data version ${status.found}; this version reads up to ${status.supported}). Update the app to see them. Nothing will be saved, so the file stays as it is.`;
    notices.push({ tone: 'error', text });
    saver.disable('Saving is off: your data belongs to a newer version.');
  } else if (status.state === 'new' && user.ok) {
    saver.changed();
  }
  if (!user.ok) saver.disable('Saving is off: your saved data could not be read.');

  let importsBlocked: string | null = null;
  if (!imports.ok) importsBlocked = 'Importing is off: your imported articles could not be read.';
  else if (!report.canSaveImports && report.importsStatus.state === 'unreadable') {
    importsBlocked = `Importing is off to protect your file of imported articles, which could not be opened (${report.importsStatus.reason}).`;
    notices.push({ tone: 'warning', text: `${importsBlocked} It was left as it is.` });
  }
  // One write at a time, in order: the last change's bytes are what stays on disk.
  let importsWrite: Promise<void> = Promise.resolve();
  const saveImports = () => {
    const next = importsWrite.then(async () => {
      const result = await shell.writeImportsDb(await remote.exportImports());
      if (!result.ok) throw new Error(result.error.message);
    });
    importsWrite = next.catch(() => undefined);
    return next;
  };

  const db = new Proxy({} as DbClient, {
    get(_target, name: string) {
      // Not a thenable: `await db` must not be mistaken for a pending call.
      if (name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const call = (remote as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[
          name
        ]!;
        if (writesImports(name) && importsBlocked) throw new Error(importsBlocked);
        const result = await call(...args);
        if (writesUser(name)) saver.changed();
        // The caller learns whether the imported articles reached the disk.
        if (writesImports(name)) await saveImports();
        return result;
      };
    },
  });

  shell.onCommand(async (command) => {
    if (command === 'flush') {
      await saver.flush();
      await importsWrite;
      await shell.flushed();
    }
  });
  window.addEventListener('pagehide', () => void saver.flush());

  return { ok: true, db, saver, meta: report.meta, notices };
}
