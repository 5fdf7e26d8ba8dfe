import type { ComponentChildren } from 'preact';
import { DayField } from './day-input';

/**
 * Filter controls that the timeline's filter bar and the walk-through's setup form both show,
 * each inside its own label: a date bound, the theme picker, a checkbox.
 */

/**
 * The "from" or "to" bound of the filter's period, day first; empty is no bound. A month or a
 * year typed as a bound takes its first day as "from" and its last as "to".
 */
export function DateBoundInput({
  name,
  value,
  onChange,
  class: className,
  labelClass,
}: {
  name: 'from' | 'to';
  value: string | null;
  onChange: (value: string | null) => void;
  class?: string;
  labelClass?: string;
}) {
  return (
    <DayField
      label={name === 'from' ? 'From' : 'To'}
      class={className}
      labelClass={labelClass}
      name={name}
      value={value}
      onChange={onChange}
      edge={name === 'from' ? 'earliest' : 'latest'}
    />
  );
}

/** Adds one of the review's note themes to the filter; a theme already in it is greyed out. */
export function ThemeSelect({
  themes,
  chosen,
  title,
  onPick,
}: {
  themes: readonly string[];
  chosen: readonly string[];
  title?: string;
  onPick: (theme: string) => void;
}) {
  return (
    <select
      name="theme"
      value=""
      disabled={themes.length === 0}
      title={title}
      onChange={(e) => {
        const value = e.currentTarget.value;
        if (value) onPick(value);
      }}
    >
      <option value="">{themes.length === 0 ? 'No themes yet' : 'Add a theme…'}</option>
      {themes.map((t) => (
        <option key={t} value={t} disabled={chosen.includes(t)}>
          {t}
        </option>
      ))}
    </select>
  );
}

/** A checkbox with its words, such as "Key events only". */
export function CheckLabel({
  class: className,
  title,
  name,
  checked,
  disabled,
  onChange,
  children,
}: {
  class: string;
  title?: string;
  name: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class={className} title={title}>
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {children}
    </label>
  );
}
