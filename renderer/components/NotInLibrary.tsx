// Shown for an article or event id the library does not have: a way back, not an error.
export function NotInLibrary({ id }: { id: string }) {
  return (
    <section>
      <h1>Not in this library</h1>
      <p>
        Nothing in the library has the id <code>{id}</code>. It may have been renamed in a newer
        release. <a href="#/">Back to the library</a>.
      </p>
    </section>
  );
}
