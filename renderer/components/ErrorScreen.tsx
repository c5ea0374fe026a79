// Shown instead of the app when it cannot start: says what failed and which file.
export function ErrorScreen({ title, message }: { title: string; message: string }) {
  return (
    <main className="error-screen" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      <p className="muted">
        Your notes and bookmarks are kept separately and were not touched. Reinstalling Karabakh
        Reader restores the library file.
      </p>
    </main>
  );
}
