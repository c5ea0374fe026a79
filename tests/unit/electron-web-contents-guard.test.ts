import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../electron/main/web-contents-guard';
import type { GuardableContents } from '../../electron/main/web-contents-guard';

/** Stands in for a WebContents: emits its events and keeps the window-open handler. */
class FakeContents extends EventEmitter implements GuardableContents {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation event and says whether it was allowed to proceed. */
  navigate(kind: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    this.emit(kind, { url, preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

function setUp(allowedOrigins = ['app://reader']) {
  const contents = new FakeContents();
  const openExternal = vi.fn();
  guardWebContents(contents, { allowedOrigins, openExternal });
  return { contents, openExternal };
}

describe('the web contents guard', () => {
  it('lets the page move around within app://reader', () => {
    const { contents } = setUp();
    expect(contents.navigate('will-navigate', 'app://reader/index.html#/timeline')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://reader/library')).toBe(true);
  });

  it.each(['https://example.org/', 'file:///etc/passwd', 'app://other/', 'data:text/html,hi'])(
    'stops navigation to %s',
    (url) => {
      const { contents } = setUp();
      expect(contents.navigate('will-navigate', url)).toBe(false);
      expect(contents.navigate('will-redirect', url)).toBe(false);
      expect(contents.navigate('will-frame-navigate', url)).toBe(false);
    },
  );

  it('offers to open a followed web link in the browser instead', () => {
    const { contents, openExternal } = setUp();
    contents.navigate('will-navigate', 'https://www.hrw.org/report');
    expect(openExternal).toHaveBeenCalledWith('https://www.hrw.org/report');
  });

  it('does not offer to open a file: link', () => {
    const { contents, openExternal } = setUp();
    contents.navigate('will-navigate', 'file:///etc/passwd');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never opens a new window, and routes web links to the confirm-and-open path', () => {
    const { contents, openExternal } = setUp();
    expect(contents.windowOpenHandler?.({ url: 'https://www.icj-cij.org/' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledWith('https://www.icj-cij.org/');
    expect(contents.windowOpenHandler?.({ url: 'app://reader/popup' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = setUp();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it('allows the development server only when it is one of the allowed origins', () => {
    const dev = setUp(['app://reader', 'http://localhost:5173']);
    expect(dev.contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(true);
    const packaged = setUp();
    expect(packaged.contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(false);
  });
});
