import { useId } from 'preact/hooks';
import { parseThemes } from '../lib/notes';

/**
 * Themes as one line, comma-separated, with the review's themes in use offered as chips to add
 * (so "information sharing" is not also typed "Info sharing").
 */
export function ThemeInput({
  value,
  known,
  onInput,
  name = 'themes',
  label = 'Themes',
}: {
  value: string;
  known: readonly string[];
  onInput: (value: string) => void;
  name?: string;
  label?: string;
}) {
  const id = useId();
  const chosen = new Set(parseThemes(value).map((t) => t.toLowerCase()));
  const offered = known.filter((t) => !chosen.has(t.toLowerCase())).slice(0, 12);
  return (
    <div class="stack-label theme-input">
      <label for={id}>
        {label} <span class="muted small">(comma-separated)</span>
      </label>
      <input
        id={id}
        type="text"
        name={name}
        value={value}
        placeholder="e.g. information sharing, voice of the child"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {offered.length > 0 ? (
        <div class="theme-offers" aria-label="Themes in use">
          {offered.map((theme) => (
            <button
              key={theme}
              type="button"
              class="chip chip-small"
              onClick={() => onInput(parseThemes(value).concat(theme).join(', '))}
            >
              + {theme}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/**
 * A note's kind or an episode's assessment: a radio button each named `name`, styled by its
 * option (`<name>-<option>`), the one chosen highlighted.
 */
export function KindChoice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="kind-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label
          key={option}
          class={`kind-option ${name}-${option}${value === option ? ' kind-option-on' : ''}`}
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
