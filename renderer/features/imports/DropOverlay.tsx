// Shown over the whole window while files are dragged onto it.
import './imports.css';

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop to import</p>
    </div>
  );
}
