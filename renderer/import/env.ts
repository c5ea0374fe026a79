// What the pipeline needs from a DOM: the renderer provides the page's DOMParser, Node code
// (the CLI, the tests) provides jsdom. Both parse inertly: no scripts run, nothing is fetched.
import type { DOMPurify } from 'dompurify';

export interface HtmlEnv {
  /** An inert HTML document. Relative URLs resolve against baseUrl; the page's own <base> is dropped. */
  parse(html: string, baseUrl?: string): Document;
  /** An XML document (EPUB container, package and XHTML chapters); check for <parsererror>. */
  parseXml(xml: string): Document;
  /** A DOMPurify instance owned by this environment. */
  purifier: DOMPurify;
}
