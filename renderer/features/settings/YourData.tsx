// "Your data": export notes, highlights and bookmarks in open formats, back up everything,
// and restore a backup. The menu's Export command lands here (#/settings?section=data).
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useApp } from '../../services/context';
import type { DbClient } from '../../db/client';
import { pad } from '../../db/dates';
import type { ShellApi } from '../../platform';
import { RestoreBackup } from './RestoreBackup';

type ExportRequest = Parameters<ShellApi['saveExport']>[0];

interface ExportChoice {
  key: string;
  label: string;
  hint: string;
  make(db: DbClient, date: string): Promise<ExportRequest>;
}

const EXPORTS: ExportChoice[] = [
  {
    key: 'markdown',
    label: 'Export notes and highlights (Markdown, for Obsidian or Logseq)',
    hint: 'A .zip with one Markdown file per article or event, and an index.',
    async make(db) {
      const out = await db.exportNotesMarkdown();
      return {
        suggestedName: out.fileName,
        mimeType: 'application/zip',
        data: out.bytes,
      };
    },
  },
  {
    key: 'bookmarks-html',
    label: 'Export bookmarks (HTML, for browsers)',
    hint: 'Firefox, Chrome, Safari and Edge import this file.',
    async make(db, date) {
      return {
        suggestedName: `karabakh-bookmarks-${date}.html`,
        mimeType: 'text/html',
        data: await db.exportBookmarksHtml(),
      };
    },
  },
  {
    key: 'bookmarks-json',
    label: 'Export bookmarks (JSON)',
    hint: 'For scripts and other tools.',
    async make(db, date) {
      return {
        suggestedName: `karabakh-bookmarks-${date}.json`,
        mimeType: 'application/json',
        data: await db.exportBookmarksJson(),
      };
    },
  },
  {
    key: 'annotations',
    label: 'Export annotations (W3C Web Annotation)',
    hint: 'Notes and highlights as JSON-LD, with the quoted text and its place.',
    async make(db, date) {
      return {
        suggestedName: `karabakh-annotations-${date}.jsonld`,
        mimeType: 'application/ld+json',
        data: await db.exportAnnotations(),
      };
    },
  },
  {
    key: 'backup',
    label: 'Back up everything',
    hint: 'Bookmarks, notes, highlights, reading progress, settings and imported articles, in one file you can restore.',
    async make(db, date) {
      return {
        suggestedName: `karabakh-reader-backup-${date}.json`,
        mimeType: 'application/json',
        data: await db.createBackup(),
      };
    },
  },
];

type Status = { tone: 'info' | 'error'; text: string } | null;

export function YourData() {
  const { db, shell } = useApp();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useSectionFocus(headingRef, shell);

  const run = async (choice: ExportChoice) => {
    setBusy(choice.key);
    setStatus(null);
    try {
      const request = await choice.make(db, localDate(new Date()));
      const saved = await shell.saveExport(request);
      if (!saved.ok) setStatus({ tone: 'error', text: `Not saved: ${saved.error.message}` });
      else if (saved.value === null) setStatus({ tone: 'info', text: 'Export cancelled.' });
      else setStatus({ tone: 'info', text: `Saved ${saved.value.savedTo}.` });
    } catch (error) {
      setStatus({
        tone: 'error',
        text: `The export could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="your-data-heading" id="your-data">
      <h2 id="your-data-heading" ref={headingRef} tabIndex={-1}>
        Your data
      </h2>
      <p>
        Take your notes, highlights and bookmarks to other tools, or keep a backup of everything to
        restore here or on another computer.
      </p>
      <ul className="data-exports">
        {EXPORTS.map((choice) => (
          <li key={choice.key}>
            <button
              type="button"
              aria-describedby={`export-hint-${choice.key}`}
              disabled={busy !== null}
              onClick={() => void run(choice)}
            >
              {choice.label}
            </button>
            <span className="settings-hint" id={`export-hint-${choice.key}`}>
              {choice.hint}
            </span>
          </li>
        ))}
      </ul>
      <p
        className={status?.tone === 'error' ? 'settings-status settings-error' : 'settings-status'}
        role="status"
      >
        {busy ? 'Preparing the file…' : (status?.text ?? '')}
      </p>
      <RestoreBackup />
    </section>
  );
}

/**
 * Brings the section into view and focus when the link asks for it (#/settings?section=data)
 * or the menu's Export command is chosen while Settings is open.
 */
function useSectionFocus(ref: RefObject<HTMLHeadingElement | null>, shell: ShellApi) {
  useEffect(() => {
    const show = () => {
      ref.current?.scrollIntoView({ block: 'start' });
      ref.current?.focus({ preventScroll: true });
    };
    const fromHash = () => {
      const query = window.location.hash.split('?', 2)[1] ?? '';
      if (new URLSearchParams(query).get('section') === 'data') show();
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    const off = shell.onCommand((command) => {
      if (command === 'export') show();
    });
    return () => {
      window.removeEventListener('hashchange', fromHash);
      off();
    };
  }, [ref, shell]);
}

/** YYYY-MM-DD in the reader's own time zone, for file names. */
function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
