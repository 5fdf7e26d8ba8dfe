import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { dayInputText, readDayInput, type DayEdge } from '../lib/day-input';

export interface DayInputProps {
  name: string;
  /** The ISO date shown (null: blank). */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** A less exact date (June 2019) stands for its first day, or its last for an end. */
  edge?: DayEdge;
  required?: boolean;
  /** Pass on every keystroke that reads as a day, not only the day read on leaving. */
  live?: boolean;
  id?: string;
}

/**
 * A day field with its caption: the caption is its own <label>, beside the input rather than
 * around it, so the error said under the input is not read out as part of the field's name.
 */
export function DayField({
  label,
  class: className,
  labelClass,
  ...input
}: DayInputProps & { label: string; class?: string; labelClass?: string }) {
  const id = useId();
  return (
    <div class={className ? `day-field ${className}` : 'day-field'}>
      <label for={id} class={labelClass}>
        {label}
      </label>
      <DayInput {...input} id={id} />
    </div>
  );
}

/**
 * A day, shown and typed day first (`dd/mm/yyyy`) whatever the browser's locale: a date input
 * (`<input type="date">`) follows the browser's, and showed mm/dd/yyyy to a reviewer whose
 * browser was set to US English. It also takes the forms an upload's date cells may use
 * (`3 Jun 2019`, `2019-06-03`, `June 2019`), read by the same reader (server/ingest/dates.ts).
 *
 * The day is read when the field is left or Enter is pressed, then shown as read
 * (`3 jun 19` becomes `03/06/2019`), so the reader sees how it was taken before anything uses
 * it. Text that is not a date keeps the last good value, says why beside the field and marks
 * the field invalid, so a form holding it is not sent. In a form (`live`), each keystroke that
 * reads as a day is passed on at once as well: Enter sends the form before the field is left,
 * and the form must send what was typed. A parent that resets the field to the value it
 * already holds (a filter cleared while its text was refused) gives it a new `key`.
 */
export function DayInput({
  name,
  value,
  onChange,
  edge = 'earliest',
  required = false,
  live = false,
  id,
}: DayInputProps) {
  const [text, setText] = useState(() => dayInputText(value));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const shown = useRef(value);
  const errorId = useId();
  // A new value from outside (the filters cleared, the address changed): show it.
  useEffect(() => {
    if (value === shown.current) return;
    shown.current = value;
    setText(dayInputText(value));
    setError(null);
    input.current?.setCustomValidity('');
  }, [value]);

  function commit(raw: string) {
    const read = readDayInput(raw, edge);
    if ('error' in read) {
      setError(read.error);
      input.current?.setCustomValidity(read.error);
      return;
    }
    setError(null);
    input.current?.setCustomValidity('');
    setText(dayInputText(read.iso));
    shown.current = read.iso;
    if (read.iso !== value) onChange(read.iso);
  }

  return (
    <>
      <input
        ref={input}
        id={id}
        type="text"
        name={name}
        class="day-input"
        value={text}
        required={required}
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        spellcheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          if (!live) return;
          const read = readDayInput(raw, edge);
          e.currentTarget.setCustomValidity('error' in read ? read.error : '');
          if ('error' in read) return;
          // Now a date: the error said on leaving the field no longer holds.
          setError(null);
          if (read.iso !== shown.current) {
            shown.current = read.iso;
            onChange(read.iso);
          }
        }}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      {error ? (
        <span class="warn-text small day-input-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
