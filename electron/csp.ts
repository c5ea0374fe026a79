// The page's Content-Security-Policy, declared once. The desktop app's app:// protocol and
// the web build's server send it as a header; both builds write it into index.html as a
// <meta> tag (for `electron-vite dev`, where no handler of ours serves the page). Nothing
// else may spell out a policy, so the two hosts cannot drift apart.

/** Each directive with its sources, in the order they are sent. */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  // sql.js compiles WebAssembly; 'wasm-unsafe-eval' allows that and nothing else.
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // data: and blob: images are the page's own (imported pictures kept in the user's data).
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives browsers ignore (with a console warning) when they come in a <meta> tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (directives: typeof CSP_DIRECTIVES): string =>
  directives.map((directive) => directive.join(' ')).join('; ');

/** The policy as an HTTP header value. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES);

/** The same policy without the directives a <meta> tag cannot carry. */
export const META_CONTENT_SECURITY_POLICY = serialize(
  CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)),
);

const CSP_META = /<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i;

/**
 * index.html with the policy's <meta> tag placed first in <head> (right after the charset
 * declaration when there is one), before anything that could load a script. Refuses a page
 * that already declares a policy of its own, which would be a second copy to keep in step.
 */
export function withCspMeta(html: string): string {
  if (CSP_META.test(html)) {
    throw new Error(
      'index.html declares its own Content-Security-Policy; the policy lives in electron/csp.ts.',
    );
  }
  const tag = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
  const anchor = /<meta\s+charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
  if (anchor === null) throw new Error('index.html has no <head> to put the policy in.');
  const at = anchor.index + anchor[0].length;
  const indent = /\n([ \t]*)<meta\s+charset/i.exec(html)?.[1] ?? '    ';
  return `${html.slice(0, at)}\n${indent}${tag}${html.slice(at)}`;
}
