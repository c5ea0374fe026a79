// Answers the ShellApi channels. Every call is checked in the same order: is the sender
// our own page, is the input what the schema allows, then the handler runs; whatever
// happens, the page receives an Envelope, never an exception.
import type { PrintToPDFOptions } from 'electron';
import { CHANNELS } from '../shell-api';
import type { Envelope, ShellApi } from '../shell-api';
import { channelSchemas, describeInvalidInput } from './ipc-schemas';
import type { ChannelArgs, ChannelName } from './ipc-schemas';
import { toShellError } from './shell-failure';
import { APP_ORIGIN, isOnOrigins } from './origins';

type ValueOf<E> = E extends { ok: true; value: infer V } ? V : never;

/** The page that made a call (Electron's WebContents), narrowed to what handlers use. */
export interface CallerPage {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

/** Who made a call, passed after the validated input; most handlers ignore it. */
export type Caller = { page: CallerPage | null };

/** What main does for each channel: plain async functions of the validated input. */
export type ShellHandlers = {
  [K in ChannelName]: (
    ...args: [...ChannelArgs[K], caller: Caller]
  ) => Promise<ValueOf<Awaited<ReturnType<ShellApi[K]>>>>;
};

/**
 * The parts of an IpcMainInvokeEvent the checks and handlers read. Electron always sets
 * `sender`; stand-ins for calls that never print may leave it out.
 */
export type SenderEvent = { senderFrame: { url: string } | null; sender?: CallerPage };

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export type RegisterOptions = {
  isTrustedSender: (event: SenderEvent) => boolean;
  /** Unexpected errors are logged here in full; the page only gets a readable message. */
  log?: (channel: string, error: unknown) => void;
};

/**
 * True when the URL belongs to one of the given origins. Main trusts only its own page:
 * app://reader and, in development only, the dev server's origin.
 */
export function isTrustedSenderUrl(
  url: string,
  origins: readonly string[] = [APP_ORIGIN],
): boolean {
  return isOnOrigins(url, origins);
}

export function trustedSenderCheck(origins: readonly string[] = [APP_ORIGIN]) {
  return (event: SenderEvent): boolean =>
    event.senderFrame !== null && isTrustedSenderUrl(event.senderFrame.url, origins);
}

const registered = new WeakMap<IpcMainLike, Set<string>>();

/** Registers one handler per channel and returns a function that removes them again. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: ShellHandlers,
  options: RegisterOptions,
): () => void {
  const channels = registered.get(ipcMain) ?? new Set<string>();
  registered.set(ipcMain, channels);
  const names = Object.keys(CHANNELS) as ChannelName[];
  const twice = names.filter((name) => channels.has(CHANNELS[name]));
  if (twice.length > 0) {
    throw new Error(`IPC handlers are already registered for: ${twice.join(', ')}`);
  }

  for (const name of names) {
    const channel = CHANNELS[name];
    channels.add(channel);
    ipcMain.handle(channel, (event: SenderEvent, ...args: unknown[]) =>
      answer(name, event, args, handlers, options),
    );
  }

  return () => {
    for (const name of names) {
      ipcMain.removeHandler(CHANNELS[name]);
      channels.delete(CHANNELS[name]);
    }
  };
}

async function answer<K extends ChannelName>(
  name: K,
  event: SenderEvent,
  args: unknown[],
  handlers: ShellHandlers,
  options: RegisterOptions,
): Promise<Envelope<unknown>> {
  if (!options.isTrustedSender(event)) {
    return {
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: 'This request did not come from the Karabakh Reader window, so it was refused.',
      },
    };
  }
  const parsed = channelSchemas[name].safeParse(args);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: describeInvalidInput(parsed.error) },
    };
  }
  try {
    const handler = handlers[name] as (...input: unknown[]) => Promise<unknown>;
    const caller: Caller = { page: event.sender ?? null };
    return { ok: true, value: await handler(...(parsed.data as unknown[]), caller) };
  } catch (error) {
    const shellError = toShellError(error);
    if (shellError.code === 'internal') options.log?.(CHANNELS[name], error);
    return { ok: false, error: shellError };
  }
}
