// Placeholder: events in time order, grouped by era.
export function TimelineScreen() {
  return (
    <section aria-labelledby="timeline-heading">
      <h1 id="timeline-heading">Timeline</h1>
    </section>
  );
}
