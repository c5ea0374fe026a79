// The timeline's toolbar: zoom, filters with counts, "Jump to date", and export and print.
import { FacetSelect } from '../../components/FacetSelect';
import { useId, useState, type FormEvent } from 'react';
import {
  TIMELINE_FACETS,
  type FacetChoice,
  type TimelineFacet,
  type TimelineFilters,
} from './filters';
import { ZOOMS, ZOOM_LABELS, type Zoom } from '../../components/timeline/zoom';

const FACET_LABELS: Record<TimelineFacet, { label: string; any: string }> = {
  category: { label: 'Category', any: 'All categories' },
  actor: { label: 'Actor', any: 'All actors' },
  place: { label: 'Place', any: 'All places' },
};

interface Props {
  zoom: Zoom;
  onZoom(zoom: Zoom): void;
  facets: Record<TimelineFacet, { choices: FacetChoice[]; total: number }>;
  filters: TimelineFilters;
  onFilter(facet: TimelineFacet, value: string): void;
  onClear(): void;
  /** Returns a message when the date cannot be jumped to, or null when it was. */
  onJump(text: string): string | null;
  onExport(): void;
  /** A PDF in the desktop app, the browser's print dialog on the web. */
  onPrint(): void;
  printLabel: string;
  /** The map at the selected event's day. */
  mapHref: string;
}

export function TimelineControls(props: Props) {
  const {
    zoom,
    onZoom,
    facets,
    filters,
    onFilter,
    onClear,
    onJump,
    onExport,
    onPrint,
    printLabel,
    mapHref,
  } = props;
  const id = useId();
  const [jump, setJump] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);
  const active = TIMELINE_FACETS.some((f) => filters[f] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setJumpError(onJump(jump));
  };

  return (
    <div className="timeline-controls">
      <fieldset className="timeline-zoom" role="radiogroup" aria-label="Zoom">
        <legend>Zoom</legend>
        {ZOOMS.map((value) => (
          <label key={value} className={value === zoom ? 'is-checked' : undefined}>
            <input
              type="radio"
              name={`${id}-zoom`}
              value={value}
              checked={value === zoom}
              onChange={() => onZoom(value)}
            />
            {ZOOM_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {TIMELINE_FACETS.map((facet) => (
        <FacetSelect
          key={facet}
          id={`${id}-${facet}`}
          className="timeline-field"
          label={FACET_LABELS[facet].label}
          anyLabel={FACET_LABELS[facet].any}
          total={facets[facet].total}
          choices={facets[facet].choices}
          value={filters[facet] ?? ''}
          onChange={(value) => onFilter(facet, value)}
        />
      ))}
      <button
        type="button"
        className="timeline-clear"
        onClick={() => active && onClear()}
        aria-disabled={!active}
      >
        Clear filters
      </button>
      <form className="timeline-jump" onSubmit={submit}>
        <label htmlFor={`${id}-jump`}>Jump to date</label>
        <span className="timeline-jump-row">
          <input
            id={`${id}-jump`}
            value={jump}
            placeholder="YYYY-MM-DD"
            inputMode="numeric"
            aria-describedby={jumpError ? `${id}-jump-error` : undefined}
            aria-invalid={jumpError ? true : undefined}
            onChange={(e) => setJump(e.target.value)}
          />
          <button type="submit">Go</button>
        </span>
        <span id={`${id}-jump-error`} className="timeline-jump-error" role="alert">
          {jumpError}
        </span>
      </form>
      <div className="timeline-actions">
        <a className="button-link" href={mapHref}>
          Show on the map
        </a>
        <button type="button" onClick={onExport}>
          Export CSV
        </button>
        <button type="button" onClick={onPrint}>
          {printLabel}
        </button>
      </div>
    </div>
  );
}
