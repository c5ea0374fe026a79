// A Vite plugin that writes the page's Content-Security-Policy <meta> tag into index.html
// from electron/csp.ts, for the desktop renderer and the web build alike.
import type { Plugin } from 'vite';
import { withCspMeta } from '../../electron/csp';

export function cspMeta(): Plugin {
  return {
    name: 'karabakh-csp-meta',
    transformIndexHtml: { order: 'pre', handler: (html) => withCspMeta(html) },
  };
}
