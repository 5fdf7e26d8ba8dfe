import { useId, useState } from 'preact/hooks';
import { ANNOTATION_KINDS, type AnnotationKind } from '../api/api-types';
import { NOTE_KIND_LABELS, parseThemes } from '../lib/notes';
import { ErrorNote } from '../ui';

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

/** A note or episode form's saving: busy while it saves, and the error if saving failed. */
export interface Saving {
  busy: boolean;
  error: unknown;
  /** Submits the form: runs `save`, and keeps its error (and the form usable again) if it fails. */
  submit: (event: Event, save: () => Promise<void>) => Promise<void>;
}

export function useSave(): Saving {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: Event, save: () => Promise<void>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }
  return { busy, error, submit };
}

/** The end of a note or episode form: why it was not saved, if so, then save and Cancel. */
export function SaveButtons({
  saving,
  submitLabel,
  disabled = false,
  onCancel,
}: {
  saving: Saving;
  submitLabel: string;
  /** The form is not ready to save (besides while saving). */
  disabled?: boolean;
  onCancel: () => void;
}) {
  const { busy, error } = saving;
  return (
    <>
      {error ? <ErrorNote error={error} title="Not saved." /> : null}
      <div class="form-actions">
        <button type="submit" class="button-primary" disabled={busy || disabled}>
          {submitLabel}
        </button>
        <button type="button" class="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </>
  );
}

export interface NoteDraft {
  kind: AnnotationKind;
  text: string;
  themes: string[];
}

/** Add or change a note on a record: its kind, text and themes. */
export function NoteForm({
  initial,
  knownThemes,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: NoteDraft;
  knownThemes: readonly string[];
  submitLabel: string;
  onSave: (draft: NoteDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<AnnotationKind>(initial.kind);
  const [text, setText] = useState(initial.text);
  const [themes, setThemes] = useState(initial.themes.join(', '));
  const saving = useSave();

  return (
    <form
      class="note-form"
      aria-label="Review note"
      onSubmit={(e) =>
        void saving.submit(e, () =>
          onSave({ kind, text: text.trim(), themes: parseThemes(themes) }),
        )
      }
    >
      <KindChoice
        legend="Kind"
        name="kind"
        options={ANNOTATION_KINDS}
        labels={NOTE_KIND_LABELS}
        value={kind}
        onChange={setKind}
      />
      <label class="stack-label">
        Note
        <textarea
          name="text"
          rows={4}
          maxLength={5000}
          value={text}
          placeholder="What the panel should see in this record, and why it matters"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <ThemeInput value={themes} known={knownThemes} onInput={setThemes} />
      <SaveButtons saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
