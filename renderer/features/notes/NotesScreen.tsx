// Placeholder: every note and highlight, newest first, filterable.
export function NotesScreen() {
  return (
    <section aria-labelledby="notes-heading">
      <h1 id="notes-heading">Notes</h1>
    </section>
  );
}
