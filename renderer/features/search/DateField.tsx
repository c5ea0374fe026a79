// One end of the date range: typed as a year, month or day, applied once it reads as a date
// (after a short pause, or at once on Enter or on leaving the field).
import { useEffect, useId, useRef, useState } from 'react';
import { checkDate } from './search-filters';

interface Props {
  label: string;
  placeholder: string;
  /** The date the link holds, as typed. */
  value: string | undefined;
  /** The id of the hint that says what can be typed. */
  hintId: string;
  onCommit(value: string | undefined): void;
}

export function DateField({ label, placeholder, value, hintId, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  // A date from the link is judged at once; a typed one once the user is done with it.
  const [judged, setJudged] = useState(Boolean(value));
  const sent = useRef(value);
  const check = checkDate(draft);

  useEffect(() => {
    // Back, Forward or another control changed the date: show that, unless it is our own.
    if (value === sent.current) return;
    sent.current = value;
    setDraft(value ?? '');
    setJudged(Boolean(value));
  }, [value]);

  // The latest callback, so a re-render (new results arriving) does not restart the pause.
  const onCommitRef = useRef(onCommit);
  useEffect(() => {
    onCommitRef.current = onCommit;
  });
  const commit = (date: string | undefined) => {
    if (date === sent.current) return;
    sent.current = date;
    onCommitRef.current(date);
  };
  // What the field would apply, or null when it holds nothing new that reads as a date.
  const ready = check.ok && check.value !== sent.current ? (check.value ?? '') : null;

  useEffect(() => {
    if (ready === null) return;
    const timer = setTimeout(() => commit(ready || undefined), 600);
    return () => clearTimeout(timer);
  }, [ready]);

  const showError = judged && !check.ok;
  const applied = value ? checkDate(value) : null;
  const error = check.ok
    ? ''
    : applied?.ok && applied.value
      ? `${check.problem}; the search still uses ${applied.value}.`
      : `${check.problem}, so it is not applied.`;
  return (
    <div className="search-field search-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        placeholder={placeholder}
        value={draft}
        aria-invalid={showError || undefined}
        aria-describedby={showError ? `${id}-error ${hintId}` : hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          setJudged(false);
        }}
        onBlur={() => {
          setJudged(true);
          if (check.ok) commit(check.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setJudged(true);
          if (check.ok) commit(check.value);
        }}
      />
      <p id={`${id}-error`} className="search-field-error" aria-live="polite">
        {showError ? error : ''}
      </p>
    </div>
  );
}
