// Where the app's own page lives. The page is served from app://reader; everything the
// shell trusts (IPC senders, navigation targets) is decided by comparing origins to this.
export const APP_SCHEME = 'app';
export const APP_HOST = 'reader';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/** "scheme://host[:port]", or null when the text is not an absolute URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for schemes the URL standard does not know, such as app:.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isOnOrigins(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
