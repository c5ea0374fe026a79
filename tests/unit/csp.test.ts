import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withCspMeta,
} from '../../electron/csp';
import { responseHeaders } from '../../electron/main/app-protocol';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

const header = directives(CONTENT_SECURITY_POLICY);
const sources = [...header.values()].flat();

describe('the Content-Security-Policy', () => {
  it('lets the page load only its own files', () => {
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
    expect(header.get('worker-src')).toEqual(["'self'"]);
  });

  it('runs only the page’s own scripts, with WebAssembly compilation and no other eval', () => {
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-hashes'");
    expect(sources).not.toContain("'strict-dynamic'");
  });

  it('names no remote origin, wildcard or web scheme', () => {
    for (const source of sources) {
      expect(source).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|wss?:|:\/\//);
  });

  it('refuses plugins, a <base> elsewhere, form submissions and being framed', () => {
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is sent as a header by the desktop protocol and the web server alike', () => {
    expect(responseHeaders('text/html; charset=utf-8')['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY,
    );
  });

  it('leaves out of the <meta> tag only what a <meta> tag cannot carry', () => {
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(new Map([...meta, ['frame-ancestors', ["'none'"]]])).toEqual(header);
  });
});

describe('withCspMeta', () => {
  const page = readFileSync('renderer/index.html', 'utf8');

  it('writes the policy into index.html before any script', () => {
    const html = withCspMeta(page);
    const tag = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
    expect(html).toContain(tag);
    expect(html.indexOf(tag)).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf(tag));
  });

  it('refuses a page that spells out a policy of its own', () => {
    expect(() => withCspMeta(withCspMeta(page))).toThrow(/electron\/csp\.ts/);
    expect(() =>
      withCspMeta(`<head><META HTTP-EQUIV=content-security-policy content="default-src *"></head>`),
    ).toThrow(/its own/);
  });

  it('refuses a page with nowhere to put the policy', () => {
    expect(() => withCspMeta('<p>no head</p>')).toThrow(/<head>/);
  });

  it('puts the policy first in a <head> without a charset declaration', () => {
    expect(withCspMeta('<html><head><title>x</title></head></html>')).toMatch(
      /^<html><head>\n\s*<meta http-equiv="Content-Security-Policy" [^>]+\/><title>/,
    );
  });
});
