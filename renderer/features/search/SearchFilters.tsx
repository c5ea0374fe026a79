// The search screen's filters: a date range, an event category, a topic and a place. Each
// change is a new entry in the link (so Back undoes it) and keeps the words searched.
import { useId, useState } from 'react';
import { navigate, type SearchRoute } from '../../services/router';
import { DateField } from './DateField';
import { checkDate, hasFilters, rangeProblem, withoutFilters } from './search-filters';
import type { Choice, FilterChoices } from './useFilterChoices';

interface Props {
  route: SearchRoute;
  choices: FilterChoices;
}

type SelectFilter = 'category' | 'topic' | 'place';

const SELECTS: { key: SelectFilter; label: string; any: string; from: keyof FilterChoices }[] = [
  { key: 'category', label: 'Event category', any: 'All categories', from: 'categories' },
  { key: 'topic', label: 'Topic', any: 'All topics', from: 'topics' },
  { key: 'place', label: 'Place', any: 'All places', from: 'places' },
];

export function SearchFilters({ route, choices }: Props) {
  const id = useId();
  // Clearing also empties a date field that holds something not yet applied.
  const [cleared, setCleared] = useState(0);
  const active = hasFilters(route);
  const from = route.from ? checkDate(route.from) : null;
  const to = route.to ? checkDate(route.to) : null;
  const range = rangeProblem(from?.ok ? from.value : undefined, to?.ok ? to.value : undefined);

  const set = (change: Partial<SearchRoute>) => navigate({ ...route, ...change });

  return (
    <div className="search-filters" role="group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="search-side-heading">
        Filters
      </h2>
      <fieldset className="search-dates">
        <legend>Date</legend>
        <div className="search-date-pair" key={cleared}>
          <DateField
            label="From"
            placeholder="e.g. 1988"
            value={route.from}
            hintId={`${id}-hint`}
            onCommit={(value) => set({ from: value })}
          />
          <DateField
            label="To"
            placeholder="e.g. 2023-09"
            value={route.to}
            hintId={`${id}-hint`}
            onCommit={(value) => set({ to: value })}
          />
        </div>
        <p id={`${id}-hint`} className="search-hint">
          A year, month or day: <span className="nowrap">1994,</span>{' '}
          <span className="nowrap">1994-05</span> or <span className="nowrap">1994-05-12</span>.
        </p>
        <p className="search-field-error" aria-live="polite">
          {range ? `${range} The dates are not applied.` : ''}
        </p>
      </fieldset>
      {SELECTS.map(({ key, label, any, from: list }) => (
        <SelectField
          key={key}
          label={label}
          any={any}
          choices={choices[list]}
          value={route[key]}
          onChange={(value) => set({ [key]: value })}
        />
      ))}
      {/* aria-disabled rather than disabled, so the button keeps focus after clearing. */}
      <button
        type="button"
        className="search-clear"
        aria-disabled={!active}
        onClick={() => {
          if (!active) return;
          setCleared((n) => n + 1);
          navigate(withoutFilters(route));
        }}
      >
        Clear filters
      </button>
    </div>
  );
}

function SelectField({
  label,
  any,
  choices,
  value,
  onChange,
}: {
  label: string;
  any: string;
  choices: Choice[];
  value: string | undefined;
  onChange(value: string | undefined): void;
}) {
  const id = useId();
  // A value from the link that the library does not have stays listed, so the select shows it.
  const listed =
    value && !choices.some((c) => c.value === value)
      ? [...choices, { value, label: value }]
      : choices;
  return (
    <div className="search-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{any}</option>
        {listed.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
