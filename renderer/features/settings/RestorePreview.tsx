// The restore preview: what a backup would change, per kind, with the choice between merging
// and replacing, and the buttons to go ahead or stop.
import type { RefObject } from 'react';
import type { DbClient } from '../../db/client';
import { ChoiceGroup } from './ChoiceGroup';

export type Mode = Parameters<DbClient['previewRestore']>[1];
type Answer = Awaited<ReturnType<DbClient['previewRestore']>>;
export type Preview = Extract<Answer, { ok: true }>;
type Kind = keyof Preview['counts'];

const KIND_LABELS: Record<Kind, string> = {
  bookmarks: 'Bookmarks',
  notes: 'Notes',
  highlights: 'Highlights',
  progress: 'Reading positions',
  settings: 'Settings',
  imported: 'Imported articles',
};

const MODES: { value: Mode; label: string }[] = [
  { value: 'merge', label: 'Merge with what is here' },
  { value: 'replace', label: 'Replace everything' },
];

interface Props {
  fileName: string;
  preview: Preview;
  working: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onMode(mode: Mode): void;
  onRestore(): void;
  onCancel(): void;
}

export function RestorePreview({
  fileName,
  preview,
  working,
  headingRef,
  onMode,
  onRestore,
  onCancel,
}: Props) {
  const kinds = (Object.keys(KIND_LABELS) as Kind[]).filter((kind) => {
    const c = preview.counts[kind];
    return c.added + c.updated + c.removed + c.unchanged + c.skipped > 0;
  });
  // The table gives the counts; the summary's other lines (the mode, conflicts) go below it.
  const countLines = Object.values(KIND_LABELS).map((label) => `${label}: `);
  const notes = preview.summary.filter(
    (line) => !countLines.some((prefix) => line.startsWith(prefix)),
  );
  return (
    <div
      className="settings-confirm restore-preview"
      role="group"
      aria-labelledby="preview-heading"
    >
      <h4 id="preview-heading" ref={headingRef} tabIndex={-1}>
        What restoring “{fileName}” will change
      </h4>
      <ChoiceGroup
        legend="How to restore"
        name="restore-mode"
        value={preview.mode}
        options={MODES}
        onChange={onMode}
        hint="Merge adds what the backup has and keeps everything here. Replace makes this profile exactly the backup: bookmarks, notes, highlights and imported articles that are not in the backup are removed."
      />
      {kinds.length === 0 ? (
        <p>The backup is empty: nothing will change.</p>
      ) : (
        <table className="restore-counts">
          <caption className="visually-hidden">Changes per kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Added</th>
              <th scope="col">Updated</th>
              <th scope="col">Removed</th>
              <th scope="col">Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => {
              const c = preview.counts[kind];
              return (
                <tr key={kind}>
                  <th scope="row">{KIND_LABELS[kind]}</th>
                  <td>{c.added}</td>
                  <td>{c.updated}</td>
                  <td className={c.removed > 0 ? 'restore-removed' : undefined}>{c.removed}</td>
                  <td>{c.unchanged}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ul className="restore-summary">
        {notes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="settings-actions">
        <button
          type="button"
          className={preview.mode === 'replace' ? 'danger' : undefined}
          disabled={working}
          onClick={onRestore}
        >
          Restore
        </button>
        <button type="button" disabled={working} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
