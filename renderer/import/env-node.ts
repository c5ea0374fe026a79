// The pipeline's DOM in Node (the CLI and the tests): jsdom with its defaults, which run no
// scripts and load no resources. Only Node code imports this file.
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import type { HtmlEnv } from './env';

export function createNodeEnv(): HtmlEnv {
  const { window } = new JSDOM('');
  return {
    parse(html, baseUrl) {
      const url = baseUrl && URL.canParse(baseUrl) ? baseUrl : undefined;
      const doc = new JSDOM(html, url ? { url } : {}).window.document;
      doc.querySelectorAll('base').forEach((base) => base.remove());
      return doc;
    },
    parseXml: (xml) => new window.DOMParser().parseFromString(xml, 'application/xml'),
    purifier: createDOMPurify(window as unknown as WindowLike),
  };
}
