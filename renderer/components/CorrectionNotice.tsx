// "Corrected on 7 December 2026: …" at the top of an article or event that was corrected, with
// why and on which sources, and a link to the whole corrections log.
import { hrefFor } from '../services/router';
import { formatDateRange } from '../db/dates';
import type { Correction } from '../db/types';

export function CorrectionNotice({ corrections }: { corrections: readonly Correction[] }) {
  if (!corrections.length) return null;
  return (
    <aside className="correction-notice" aria-label="Corrections to this item">
      {corrections.map((c) => (
        <div key={c.id} className="correction">
          <p>
            <strong>Corrected on {formatDateRange(c.date, null)}:</strong> {c.what}
          </p>
          <details>
            <summary>Why, and on which sources</summary>
            <p>{c.why}</p>
            <CorrectionSources correction={c} />
          </details>
        </div>
      ))}
      <p className="muted">
        <a href={hrefFor({ name: 'corrections' })}>Every correction to the library</a>
      </p>
    </aside>
  );
}

export function CorrectionSources({ correction }: { correction: Correction }) {
  if (!correction.sources.length) return null;
  return (
    <ul className="correction-sources" aria-label="Sources of the correction">
      {correction.sources.map((s) => (
        <li key={s.id}>
          <a href={hrefFor({ name: 'source', id: s.id })}>
            {s.publisher}, <cite>{s.title}</cite>
          </a>
          {s.date ? `, ${s.date}` : ''}
        </li>
      ))}
    </ul>
  );
}
