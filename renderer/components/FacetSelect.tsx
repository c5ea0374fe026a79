// One filter as a native select: "All …" with the total, then each choice with the number of
// items it would give. An empty choice stays listed (so the list does not jump) but cannot be
// chosen, unless it is the current choice.

export interface FacetChoice {
  value: string;
  label: string;
  count: number;
}

export function FacetSelect({
  id,
  className,
  label,
  anyLabel,
  total,
  choices,
  value,
  onChange,
}: {
  id: string;
  className: string;
  label: string;
  anyLabel: string;
  total: number;
  choices: readonly FacetChoice[];
  /** '' for "All". */
  value: string;
  onChange(value: string): void;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">
          {anyLabel} ({total})
        </option>
        {choices.map((choice) => (
          <option
            key={choice.value}
            value={choice.value}
            disabled={choice.count === 0 && value !== choice.value}
          >
            {choice.label} ({choice.count})
          </option>
        ))}
      </select>
    </div>
  );
}
