// Settings: theme, text size and font (applied at once and saved), resetting reading progress,
// exporting, backing up and restoring the user's data, and where it is kept.
import { useId } from 'react';
import {
  FONT_SIZES,
  THEMES,
  useSettings,
  type FontFamily,
  type Theme,
} from '../../services/settings';
import { ChoiceGroup } from './ChoiceGroup';
import { DataLocation } from './DataLocation';
import { ResetProgress } from './ResetProgress';
import { YourData } from './YourData';
import './settings.css';

const THEME_LABELS: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
};

const FONT_LABELS: Record<FontFamily, string> = { serif: 'Serif', sans: 'Sans' };

export function SettingsScreen() {
  const { settings, update } = useSettings();
  const sizeId = useId();
  const atMin = settings.fontSize <= FONT_SIZES.min;
  const atMax = settings.fontSize >= FONT_SIZES.max;

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>

      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Reading</h2>
        <ChoiceGroup
          legend="Theme"
          name="theme"
          value={settings.theme}
          options={THEMES.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
          onChange={(theme) => update({ theme })}
          hint="System follows your computer's light or dark setting."
        />

        <div className="settings-group" role="group" aria-labelledby={`${sizeId}-label`}>
          <span className="settings-legend" id={`${sizeId}-label`}>
            Text size
          </span>
          <div className="text-size">
            {/* aria-disabled keeps the button focused at the limit, where disabled would drop focus. */}
            <button
              type="button"
              aria-disabled={atMin}
              onClick={() => !atMin && update({ fontSize: settings.fontSize - FONT_SIZES.step })}
            >
              Smaller
            </button>
            <output className="text-size-value" aria-live="polite">
              {settings.fontSize} px
            </output>
            <button
              type="button"
              aria-disabled={atMax}
              onClick={() => !atMax && update({ fontSize: settings.fontSize + FONT_SIZES.step })}
            >
              Larger
            </button>
          </div>
          <p className="settings-hint">
            Ctrl+= and Ctrl+- change the size anywhere; Ctrl+0 resets it.
          </p>
        </div>

        <ChoiceGroup
          legend="Font"
          name="font"
          value={settings.fontFamily}
          options={(['serif', 'sans'] as const).map((f) => ({ value: f, label: FONT_LABELS[f] }))}
          onChange={(fontFamily) => update({ fontFamily })}
        />

        <figure className="settings-preview">
          <figcaption>Preview</figcaption>
          <p>
            Articles and event summaries are shown in this size and font. Every figure in the
            library names who gave it.
          </p>
        </figure>
      </section>

      <ResetProgress />
      <YourData />
      <DataLocation />
    </section>
  );
}
