// Keeps every web page the app creates on the app's own origin: navigation and
// redirects elsewhere are stopped, new windows are never opened (web links go to the
// confirm-and-open path instead), and <webview> tags are refused.
import { isOpenableUrl } from './open-external';
import { isOnOrigins } from './origins';

type NavigationEvent = { url: string; preventDefault(): void };

/** The parts of Electron's WebContents the guard uses. */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type GuardOptions = {
  /** Origins the page may navigate within: app://reader (and the dev server in development). */
  allowedOrigins: readonly string[];
  /** The confirm-and-open path; called for web links the page tried to leave through. */
  openExternal: (url: string) => void;
};

export function guardWebContents(contents: GuardableContents, options: GuardOptions): void {
  const stayOrStop = (event: NavigationEvent): boolean => {
    if (isOnOrigins(event.url, options.allowedOrigins)) return true;
    event.preventDefault();
    return false;
  };

  contents.on('will-navigate', (event) => {
    // A plain <a href="https://..."> click: offer to open it in the browser instead.
    if (!stayOrStop(event) && isOpenableUrl(event.url)) options.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => void stayOrStop(event));
  contents.on('will-frame-navigate', (event) => void stayOrStop(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isOpenableUrl(url)) options.openExternal(url);
    return { action: 'deny' };
  });
}
