import { describe, expect, it, vi } from 'vitest';
import {
  createCloseGuard,
  createPageFlush,
  createQuitSequence,
} from '../../electron/main/quit-sequence';

const event = () => ({ preventDefault: vi.fn() });

describe('asking the page to flush', () => {
  it('sends the request and resolves when the page answers', async () => {
    const send = vi.fn(() => {
      // The page answers later, as a message from the renderer would.
      queueMicrotask(() => flush.flushed());
      return true;
    });
    const flush = createPageFlush({ send, timeoutMs: 1000 });
    expect(await flush.request()).toBe('flushed');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up after the timeout when the page does not answer', async () => {
    vi.useFakeTimers();
    try {
      const flush = createPageFlush({ send: () => true });
      const outcome = flush.request();
      await vi.advanceTimersByTimeAsync(3000);
      expect(await outcome).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait when there is no page to ask', async () => {
    const flush = createPageFlush({ send: () => false, timeoutMs: 60_000 });
    expect(await flush.request()).toBe('no-page');
  });
});

function quitSetUp(options: { saveFails?: boolean; quitAnyway?: boolean } = {}) {
  const steps: string[] = [];
  const sequence = createQuitSequence({
    flushPage: async () => {
      steps.push('page');
    },
    flushSaves: async () => {
      steps.push('saves');
      if (options.saveFails) throw Object.assign(new Error('EIO'), { code: 'EIO' });
    },
    confirmQuitWithoutSaving: async () => {
      steps.push('asked');
      return options.quitAnyway ?? false;
    },
    quit: () => steps.push('quit'),
  });
  return { sequence, steps };
}

describe('quitting', () => {
  it('holds the quit until the page has flushed and the saves are on disk, then quits', async () => {
    const { sequence, steps } = quitSetUp();
    const first = event();
    await sequence.beforeQuit(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(steps).toEqual(['page', 'saves', 'quit']);
  });

  it('lets the second, final quit through', async () => {
    const { sequence } = quitSetUp();
    await sequence.beforeQuit(event());
    const second = event();
    await sequence.beforeQuit(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('ignores repeated quit requests while it is still saving', async () => {
    const { sequence, steps } = quitSetUp();
    const running = sequence.beforeQuit(event());
    const again = event();
    await sequence.beforeQuit(again);
    await running;
    expect(again.preventDefault).toHaveBeenCalled();
    expect(steps.filter((step) => step === 'page')).toHaveLength(1);
  });

  it('asks before quitting when saving failed, and stays open if told to', async () => {
    const { sequence, steps } = quitSetUp({ saveFails: true, quitAnyway: false });
    await sequence.beforeQuit(event());
    expect(steps).toEqual(['page', 'saves', 'asked']);
    expect(sequence.isQuitting()).toBe(false);
  });

  it('quits anyway after a failed save when the person says so', async () => {
    const { sequence, steps } = quitSetUp({ saveFails: true, quitAnyway: true });
    await sequence.beforeQuit(event());
    expect(steps).toEqual(['page', 'saves', 'asked', 'quit']);
  });

  it('still saves and quits when asking the page fails', async () => {
    const steps: string[] = [];
    const sequence = createQuitSequence({
      flushPage: async () => {
        throw new Error('page crashed');
      },
      flushSaves: async () => {
        steps.push('saves');
      },
      confirmQuitWithoutSaving: async () => true,
      quit: () => steps.push('quit'),
    });
    await sequence.beforeQuit(event());
    expect(steps).toEqual(['saves', 'quit']);
  });

  it('quits within the page timeout even if the page never answers', async () => {
    vi.useFakeTimers();
    try {
      const flush = createPageFlush({ send: () => true });
      const quit = vi.fn();
      const sequence = createQuitSequence({
        flushPage: () => flush.request(),
        flushSaves: async () => undefined,
        confirmQuitWithoutSaving: async () => true,
        quit,
      });
      const done = sequence.beforeQuit(event());
      await vi.advanceTimersByTimeAsync(2999);
      expect(quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(quit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('closing the window', () => {
  it('flushes the page and saves the window state before the window goes away', async () => {
    const steps: string[] = [];
    const guard = createCloseGuard({
      flushPage: async () => void steps.push('page'),
      isQuitting: () => false,
      beforeClose: async () => void steps.push('window state'),
      destroy: () => steps.push('destroyed'),
    });
    const close = event();
    await guard(close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(steps).toEqual(['page', 'window state', 'destroyed']);
  });

  it('lets the window close at once while the app is quitting (the page is already flushed)', async () => {
    const destroy = vi.fn();
    const guard = createCloseGuard({
      flushPage: async () => undefined,
      isQuitting: () => true,
      beforeClose: async () => undefined,
      destroy,
    });
    const close = event();
    await guard(close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    expect(destroy).not.toHaveBeenCalled();
  });

  it('closes only once when the close button is pressed twice', async () => {
    const destroy = vi.fn();
    const guard = createCloseGuard({
      flushPage: () => Promise.resolve(),
      isQuitting: () => false,
      beforeClose: async () => undefined,
      destroy,
    });
    const first = guard(event());
    const second = event();
    await guard(second);
    await first;
    expect(second.preventDefault).toHaveBeenCalled();
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('still closes when saving the window state fails', async () => {
    const destroy = vi.fn();
    const guard = createCloseGuard({
      flushPage: async () => undefined,
      isQuitting: () => false,
      beforeClose: async () => {
        throw new Error('disk full');
      },
      destroy,
    });
    await guard(event());
    expect(destroy).toHaveBeenCalled();
  });
});
