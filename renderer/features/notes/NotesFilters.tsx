// The Notes screen's controls: notes, highlights or both; a text filter; a highlight colour.
import type { HighlightColour } from '../../db/types';
import { COLOURS, type AnnotationFilter, type AnnotationKind } from './annotation-list';

interface NotesFiltersProps {
  filter: AnnotationFilter;
  counts: { notes: number; highlights: number };
  onFilter: (filter: AnnotationFilter) => void;
}

export function NotesFilters({ filter, counts, onFilter }: NotesFiltersProps) {
  const kinds: { kind: AnnotationKind; label: string }[] = [
    { kind: 'all', label: `All (${counts.notes + counts.highlights})` },
    { kind: 'notes', label: `Notes (${counts.notes})` },
    { kind: 'highlights', label: `Highlights (${counts.highlights})` },
  ];
  return (
    <div className="annotation-filters">
      <div className="filters" role="group" aria-label="Show">
        {kinds.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            aria-pressed={filter.kind === kind}
            onClick={() =>
              // Notes have no colour: asking for notes drops a colour filter.
              onFilter({ ...filter, kind, colour: kind === 'notes' ? null : filter.colour })
            }
          >
            {label}
          </button>
        ))}
      </div>
      <label>
        <span>Filter notes and highlights</span>
        <input
          type="search"
          value={filter.text}
          placeholder="Note, quote or title"
          onChange={(event) => onFilter({ ...filter, text: event.target.value })}
        />
      </label>
      <label>
        <span>Highlight colour</span>
        <select
          value={filter.colour ?? ''}
          disabled={filter.kind === 'notes'}
          onChange={(event) =>
            onFilter({
              ...filter,
              colour: (event.target.value || null) as HighlightColour | null,
            })
          }
        >
          <option value="">Any colour</option>
          {COLOURS.map((c) => (
            <option key={c} value={c}>
              {c.charAt(0).toUpperCase() + c.slice(1)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
