// The thin bar at the top of the reading area that fills as the reader scrolls the article.
export function ReadingProgressBar({
  fraction,
  stored = null,
}: {
  fraction: number;
  /** The position the library last took for saving, when there is one. */
  stored?: number | null;
}) {
  const percent = Math.round(fraction * 100);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}% read`}
      data-stored={stored === null ? undefined : Math.round(stored * 100)}
    >
      <div className="reading-progress-fill" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
