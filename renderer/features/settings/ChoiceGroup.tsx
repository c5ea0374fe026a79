// A labelled group of radio buttons (a fieldset), for settings with a few named choices.
import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  hint?: string;
}

export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
}: Props<T>) {
  const id = useId();
  return (
    <fieldset
      className="settings-group"
      role="radiogroup"
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className="settings-legend">{legend}</legend>
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`${id}-${name}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint && (
        <p className="settings-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
