// "Continue reading": the items the reader stopped part-way through, most recent first.
import { itemHref } from '../../services/router';
import type { ProgressItem } from '../../db/types';

const SHOWN = 6;

export function ContinueReading({ items }: { items: readonly ProgressItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="continue-reading" aria-labelledby="continue-heading">
      <h2 id="continue-heading">Continue reading</h2>
      <ul className="continue-list">
        {items.slice(0, SHOWN).map((item) => {
          const percent = Math.round(item.fraction * 100);
          return (
            <li key={item.targetId} className="continue-item">
              <a href={itemHref(item.targetId)}>{item.title}</a>
              <span className="continue-progress">
                {/* The bar is decoration; the percentage beside it is what is announced. */}
                <span className="continue-bar" aria-hidden="true">
                  <span className="continue-fill" style={{ width: `${percent}%` }} />
                </span>
                <span className="continue-percent">{percent}% read</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
