import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUserSaver } from '../../renderer/platform/user-saver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(results: ({ ok: true } | { ok: false; message: string })[] = []) {
  let version = 0;
  const written: number[] = [];
  const saver = createUserSaver({
    exportBytes: async () => new Uint8Array([version]),
    write: async (bytes) => {
      const result = results.shift() ?? { ok: true };
      if (result.ok) written.push(bytes[0]!);
      return result;
    },
    delayMs: 250,
    maxWaitMs: 1000,
    retryMs: 1000,
  });
  return { saver, written, bump: () => (version++, saver.changed()) };
}

describe('user saver', () => {
  it('saves a burst of changes once, with the latest data, within a second', async () => {
    const { saver, written, bump } = setup();
    bump();
    bump();
    bump();
    expect(saver.current.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([3]);
    expect(saver.current.state).toBe('saved');
  });

  it('keeps a change that failed to save, shows the error and retries', async () => {
    const { saver, written, bump } = setup([{ ok: false, message: 'Disk full.' }]);
    bump();
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.current).toEqual({ state: 'error', message: 'Disk full.' });
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual([1]);
    expect(saver.current.state).toBe('saved');
  });

  it('writes pending changes immediately on flush', async () => {
    const { saver, written, bump } = setup();
    bump();
    await saver.flush();
    expect(written).toEqual([1]);
  });

  it('never writes once disabled', async () => {
    const { saver, written, bump } = setup();
    saver.disable('Saving is off.');
    bump();
    await vi.advanceTimersByTimeAsync(2000);
    await saver.flush();
    expect(written).toEqual([]);
    expect(saver.current).toEqual({ state: 'disabled', message: 'Saving is off.' });
  });

  it('writes within a second even while changes keep coming', async () => {
    const { written, bump } = setup();
    for (let i = 0; i < 10; i++) {
      bump();
      await vi.advanceTimersByTimeAsync(200);
    }
    // Ten changes 200 ms apart: a pure debounce would not have written yet.
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(written[0]).toBeLessThanOrEqual(6);
  });

  it('finishes registered work before a flush writes', async () => {
    const { saver, written, bump } = setup();
    saver.beforeFlush(async () => bump());
    await saver.flush();
    expect(written).toEqual([1]);
  });
});
