// "Edit details" of an imported article: title, author, date and original address. The
// library checks what is typed; its refusal is shown under the field it is about.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../services/context';
import type { ImportedSummary } from '../../db/types';
import { readableError } from '../../services/import-outcomes';
import { detailValues, fieldOfError, type DetailField, type DetailValues } from './imported-edit';

interface FieldSpec {
  field: DetailField;
  label: string;
  hint?: string;
  type?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'title', label: 'Title' },
  { field: 'author', label: 'Author' },
  { field: 'published', label: 'Date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { field: 'sourceUrl', label: 'Original address', hint: 'http:// or https://', type: 'url' },
];

interface Props {
  summary: ImportedSummary;
  onSaved(summary: ImportedSummary): void;
  onCancel(): void;
}

export function ImportedEditForm({ summary, onSaved, onCancel }: Props) {
  const { db } = useApp();
  const id = useId();
  const [values, setValues] = useState<DetailValues>(() => detailValues(summary));
  const [error, setError] = useState<{ field: DetailField | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => titleRef.current?.focus(), []);

  const save = async () => {
    setSaving(true);
    try {
      const updated = await db.updateImported(summary.id, {
        title: values.title,
        author: values.author.trim() || null,
        published: values.published.trim() || null,
        sourceUrl: values.sourceUrl.trim() || null,
      });
      if (!updated) {
        setError({ field: null, message: 'This article is no longer in your library.' });
        return;
      }
      onSaved(updated);
    } catch (caught) {
      const message = readableError(caught);
      const field = fieldOfError(message);
      setError({ field, message });
      if (field) document.getElementById(`${id}-${field}`)?.focus();
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="imported-edit"
      aria-labelledby={`${id}-heading`}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) void save();
      }}
    >
      <h2 id={`${id}-heading`}>Edit details</h2>
      {FIELDS.map(({ field, label, hint, type }) => {
        const invalid = error?.field === field;
        const described = [hint && `${id}-${field}-hint`, invalid && `${id}-error`]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="imported-edit-field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              ref={field === 'title' ? titleRef : undefined}
              type={type ?? 'text'}
              value={values[field]}
              aria-invalid={invalid || undefined}
              aria-describedby={described || undefined}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
            {hint && (
              <span className="muted imported-edit-hint" id={`${id}-${field}-hint`}>
                {hint}
              </span>
            )}
            {invalid && (
              <p role="alert" className="imported-edit-error" id={`${id}-error`}>
                {error.message}
              </p>
            )}
          </div>
        );
      })}
      {error && error.field === null && (
        <p role="alert" className="imported-edit-error">
          {error.message}
        </p>
      )}
      <div className="imported-edit-actions">
        <button type="submit" aria-disabled={saving}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
