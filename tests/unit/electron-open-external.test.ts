import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  CANCEL_BUTTON,
  createOpenExternal,
  isOpenableUrl,
  OPEN_BUTTON,
} from '../../electron/main/open-external';

/** Stands in for dialog.showMessageBox and shell.openExternal. */
function setUp(answer: number) {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  let release: (() => void) | null = null;
  const open = createOpenExternal({
    showMessageBox: async (options) => {
      asked.push(options);
      if (answer < 0) await new Promise<void>((resolve) => (release = resolve));
      return { response: answer < 0 ? CANCEL_BUTTON : answer };
    },
    openExternal: async (url) => {
      opened.push(url);
    },
  });
  return { open, asked, opened, release: () => release?.() };
}

describe('opening a link in the browser', () => {
  it('asks first, showing the whole link, with Open and Cancel', async () => {
    const { open, asked } = setUp(CANCEL_BUTTON);
    await open('https://www.osce.org/minsk-group');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({
      buttons: ['Open', 'Cancel'],
      cancelId: CANCEL_BUTTON,
      message: expect.stringContaining('www.osce.org'),
      detail: 'https://www.osce.org/minsk-group',
    });
  });

  it('opens the link when the person chooses Open', async () => {
    const { open, opened } = setUp(OPEN_BUTTON);
    expect(await open('https://www.osce.org/')).toEqual({ opened: true });
    expect(opened).toEqual(['https://www.osce.org/']);
  });

  it('does not open it when the person cancels', async () => {
    const { open, opened } = setUp(CANCEL_BUTTON);
    expect(await open('http://example.org/')).toEqual({ opened: false });
    expect(opened).toEqual([]);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://reader/',
    'mailto:someone@example.org',
    'https://good.example@evil.example/',
    'not a link',
  ])('refuses %s without asking', async (url) => {
    const { open, asked, opened } = setUp(OPEN_BUTTON);
    await expect(open(url)).rejects.toMatchObject({ code: 'refused' });
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('shows look-alike letters in a host as punycode', async () => {
    const { open, asked } = setUp(CANCEL_BUTTON);
    await open('https://аpple.com/');
    expect(asked[0]?.message).toContain('xn--');
  });

  it('asks one question at a time', async () => {
    const { open, asked, release } = setUp(-1);
    const first = open('https://example.org/one');
    await expect(open('https://example.org/two')).rejects.toMatchObject({ code: 'refused' });
    release();
    await first;
    expect(asked).toHaveLength(1);
  });
});

describe('isOpenableUrl', () => {
  it('accepts http and https only', () => {
    expect(isOpenableUrl('https://example.org/path?q=1')).toBe(true);
    expect(isOpenableUrl('http://example.org')).toBe(true);
    expect(isOpenableUrl('ftp://example.org')).toBe(false);
  });
});
