// Placeholder: theme, text size, font, reading progress, where the data lives.
export function SettingsScreen() {
  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
    </section>
  );
}
