// The strip of events per period above the list. Each bar is a button that scrolls the list to
// its period, so the strip doubles as a scrubber.
import type { Bucket } from '../../components/timeline/zoom';

interface Props {
  buckets: readonly Bucket[];
  onPick(key: string): void;
}

export function TimelineHistogram({ buckets, onPick }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  return (
    <div className="timeline-histogram" role="group" aria-label="Events per period">
      <div className="timeline-bars">
        {buckets.map((bucket) => (
          <button
            key={bucket.key}
            type="button"
            className="timeline-bar"
            disabled={bucket.count === 0}
            aria-label={`${bucket.label}: ${bucket.count} ${bucket.count === 1 ? 'event' : 'events'}`}
            title={`${bucket.label}: ${bucket.count}`}
            onClick={() => onPick(bucket.key)}
          >
            <span
              style={{
                height: `${bucket.count === 0 ? 0 : Math.max(4, (bucket.count / max) * 100)}%`,
              }}
            />
          </button>
        ))}
      </div>
      {first && last && (
        <div className="timeline-axis" aria-hidden="true">
          <span>{first.label}</span>
          <span>{last.label}</span>
        </div>
      )}
    </div>
  );
}
