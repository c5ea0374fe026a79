import { describe, expect, it, vi } from 'vitest';
import { SHELL_GLOBAL } from '../../electron/shell-api';

const exposed = vi.hoisted(() => [] as [string, unknown][]);
const ipcRenderer = vi.hoisted(() => ({
  invoke: async () => ({ ok: true, value: null }),
  on: () => undefined,
  removeListener: () => undefined,
  send: () => undefined,
}));

// Electron's preload modules, as far as the entry point uses them.
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]),
  },
  ipcRenderer,
}));

describe('the preload entry point', () => {
  it('exposes one ShellApi object under window.karabakhShell and nothing else', async () => {
    await import('../../electron/preload/index');
    expect(exposed.map(([key]) => key)).toEqual([SHELL_GLOBAL]);
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(api['host']).toBe('electron');
    expect(Object.values(api)).not.toContain(ipcRenderer);
    expect(Object.keys(api)).not.toContain('send');
    expect(Object.keys(api)).not.toContain('invoke');
  });
});
