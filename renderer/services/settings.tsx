// Reader settings (theme, text size, font), kept in the user DB and applied to the page as
// data attributes and CSS variables. Ctrl+= / Ctrl+- / Ctrl+0 change the text size anywhere.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DbClient } from '../db/client';
import type { ShellApi } from '../platform';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';

export interface ReaderSettings {
  theme: Theme;
  fontSize: number;
  fontFamily: FontFamily;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  fontSize: 18,
  fontFamily: 'serif',
};
export const FONT_SIZES = { min: 14, max: 28, step: 2 };
export const THEMES: Theme[] = ['system', 'light', 'dark', 'sepia'];

const KEYS: Record<keyof ReaderSettings, string> = {
  theme: 'reader.theme',
  fontSize: 'reader.fontSize',
  fontFamily: 'reader.fontFamily',
};

interface SettingsContextValue {
  settings: ReaderSettings;
  update(change: Partial<ReaderSettings>): void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>');
  return value;
}

function parse(raw: Record<keyof ReaderSettings, string | null>): ReaderSettings {
  const theme = THEMES.includes(raw.theme as Theme) ? (raw.theme as Theme) : DEFAULT_SETTINGS.theme;
  const size = Number(raw.fontSize);
  const fontSize =
    Number.isFinite(size) && size >= FONT_SIZES.min && size <= FONT_SIZES.max
      ? size
      : DEFAULT_SETTINGS.fontSize;
  const fontFamily = raw.fontFamily === 'sans' ? 'sans' : DEFAULT_SETTINGS.fontFamily;
  return { theme, fontSize, fontFamily };
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function SettingsProvider({
  db,
  shell,
  initial,
  children,
}: {
  db: DbClient;
  shell: ShellApi;
  initial: ReaderSettings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial);
  const [systemDark, setSystemDark] = useState(prefersDark);

  const update = useCallback(
    (change: Partial<ReaderSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...change };
        next.fontSize = Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, next.fontSize));
        for (const key of Object.keys(change) as (keyof ReaderSettings)[]) {
          void db.setSetting(KEYS[key], String(next[key]));
        }
        return next;
      });
    },
    [db],
  );

  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme =
      settings.theme === 'system' ? (systemDark ? 'dark' : 'light') : settings.theme;
    root.dataset.font = settings.fontFamily;
    root.style.setProperty('--reader-font-size', `${settings.fontSize}px`);
  }, [settings, systemDark]);

  useEffect(() => {
    const step = (delta: number) => update({ fontSize: settings.fontSize + delta });
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.key === '=' || event.key === '+') step(FONT_SIZES.step);
      else if (event.key === '-') step(-FONT_SIZES.step);
      else if (event.key === '0') update({ fontSize: DEFAULT_SETTINGS.fontSize });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = shell.onCommand((command) => {
      if (command === 'text-larger') step(FONT_SIZES.step);
      if (command === 'text-smaller') step(-FONT_SIZES.step);
      if (command === 'text-reset') update({ fontSize: DEFAULT_SETTINGS.fontSize });
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [settings.fontSize, update, shell]);

  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

/** Reads the saved settings before the first paint, so the page does not flash. */
export async function loadSettings(db: DbClient): Promise<ReaderSettings> {
  const [theme, fontSize, fontFamily] = await Promise.all([
    db.getSetting(KEYS.theme),
    db.getSetting(KEYS.fontSize),
    db.getSetting(KEYS.fontFamily),
  ]);
  return parse({ theme, fontSize, fontFamily });
}
