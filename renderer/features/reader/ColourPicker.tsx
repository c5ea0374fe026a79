// The four highlight colours as toggle buttons, each named for its colour.
import type { HighlightColour } from '../../db/types';
import { COLOURS } from './useHighlights';

interface ColourPickerProps {
  value: HighlightColour;
  onChange: (colour: HighlightColour) => void;
  /** Keeps the text selection while the mouse presses a colour. */
  keepSelection?: boolean;
}

export function ColourPicker({ value, onChange, keepSelection = false }: ColourPickerProps) {
  return (
    <div role="group" aria-label="Colour" className="colour-picker">
      {COLOURS.map((c) => (
        <button
          key={c.value}
          type="button"
          className={`swatch swatch-${c.value}`}
          aria-pressed={value === c.value}
          onMouseDown={keepSelection ? (event) => event.preventDefault() : undefined}
          onClick={() => onChange(c.value)}
        >
          <span className="swatch-dot" aria-hidden="true" />
          {c.label}
        </button>
      ))}
    </div>
  );
}
