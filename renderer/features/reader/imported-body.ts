// An imported article's body as DOM nodes, sanitized again on the way into the page with the
// import's own rules: its HTML has more kinds of element than the bundled articles (figures,
// images inlined as data: URLs, sections). Anything that could reach the network or navigate
// the app is dropped, whatever the stored HTML says.
import DOMPurify from 'dompurify';
import { IMPORTED_HTML_POLICY } from '../../import';
import { allowedDataImage, linkKind } from '../../import/sanitize';

export function importedBodyFragment(html: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(html, { ...IMPORTED_HTML_POLICY, RETURN_DOM_FRAGMENT: true });
  fragment.querySelectorAll('[src]').forEach((el) => {
    if (el.nodeName !== 'IMG' || allowedDataImage(el.getAttribute('src') ?? '') === null)
      el.removeAttribute('src');
  });
  fragment.querySelectorAll('[href]').forEach((el) => {
    if (el.nodeName !== 'A' || linkKind(el.getAttribute('href') ?? '') === null)
      el.removeAttribute('href');
  });
  return fragment;
}
