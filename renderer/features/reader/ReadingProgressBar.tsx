// The thin bar at the top of the reading area that fills as the reader scrolls the article.
export function ReadingProgressBar({ fraction }: { fraction: number }) {
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
    >
      <div className="reading-progress-fill" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
