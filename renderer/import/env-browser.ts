// The pipeline's DOM in the renderer: the page's DOMParser, whose documents never run scripts or
// load anything, and a DOMPurify bound to the page's window.
import createDOMPurify from 'dompurify';
import type { HtmlEnv } from './env';

export function createBrowserEnv(win: Window & typeof globalThis = window): HtmlEnv {
  const parser = new win.DOMParser();
  return {
    parse(html, baseUrl) {
      const doc = parser.parseFromString(html, 'text/html');
      doc.querySelectorAll('base').forEach((base) => base.remove());
      if (baseUrl) {
        const base = doc.createElement('base');
        base.setAttribute('href', baseUrl);
        doc.head.prepend(base);
      }
      return doc;
    },
    parseXml: (xml) => parser.parseFromString(xml, 'application/xml'),
    purifier: createDOMPurify(win),
  };
}
