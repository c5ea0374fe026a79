// The only way a link leaves the app: http(s) links, shown to the person in a dialog,
// opened in their browser only when they choose Open. Used by the openExternal channel
// and by links the page tries to open in a new window.
import type { MessageBoxOptions } from 'electron';
import { ShellFailure } from './shell-failure';

export type OpenExternalDeps = {
  showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>;
  openExternal: (url: string) => Promise<void>;
};

/** True for an absolute http(s) URL without embedded credentials. */
export function isOpenableUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  // user:password@host is a classic way to make a link look like a different site.
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === ''
  );
}

export const OPEN_BUTTON = 0;
export const CANCEL_BUTTON = 1;

export function createOpenExternal(deps: OpenExternalDeps) {
  let asking = false;

  return async (url: string): Promise<{ opened: boolean }> => {
    if (!isOpenableUrl(url)) {
      throw new ShellFailure('refused', 'Only web links (http or https) can be opened.');
    }
    // One question at a time: a page cannot stack up dialogs to wear the person down.
    if (asking) {
      throw new ShellFailure('refused', 'Another link is already waiting for your answer.');
    }
    asking = true;
    let response: number;
    try {
      ({ response } = await deps.showMessageBox({
        type: 'question',
        buttons: ['Open', 'Cancel'],
        defaultId: OPEN_BUTTON,
        cancelId: CANCEL_BUTTON,
        noLink: true,
        // The host as the URL parser sees it (punycode for look-alike letters).
        message: `Open ${new URL(url).host} in your web browser?`,
        detail: url,
      }));
    } finally {
      asking = false;
    }
    if (response !== OPEN_BUTTON) return { opened: false };
    await deps.openExternal(url);
    return { opened: true };
  };
}
