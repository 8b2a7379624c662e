export interface FilterSelectProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  /** Marks the control for styles and tests: `data-control`. */
  control: string;
}

/** A labelled native select: significance, or what happens to the events left out. */
export function FilterSelect<V extends string>({ label, value, options, onChange, control }: FilterSelectProps<V>) {
  return (
    <label className="fp-filter-bar__field" data-control={control}>
      <span className="fp-filter-bar__field-label">{label}</span>
      <select
        className="fp-filter-bar__select"
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.currentTarget.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
