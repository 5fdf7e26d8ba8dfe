import { useState } from 'preact/hooks';
import { ANNOTATION_KINDS, type AnnotationKind } from '../api/api-types';
import { Field } from '../components/field';
import { useSubmit, type Submission } from '../hooks/use-submit';
import { NOTE_KIND_LABELS, parseThemes } from '../lib/notes';
import { ErrorNote } from '../ui';
import { KindChoice, ThemeInput } from './note-inputs';

/** The end of a note or episode form: why it was not saved, if so, then save and Cancel. */
export function SaveButtons({
  saving,
  submitLabel,
  disabled = false,
  onCancel,
}: {
  /** The form's useSubmit: busy while it saves, and why it was not saved. */
  saving: Pick<Submission<[]>, 'busy' | 'error'>;
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
  const saving = useSubmit(() => onSave({ kind, text: text.trim(), themes: parseThemes(themes) }));

  return (
    <form class="note-form" aria-label="Review note" onSubmit={saving.submit}>
      <KindChoice
        legend="Kind"
        name="kind"
        options={ANNOTATION_KINDS}
        labels={NOTE_KIND_LABELS}
        value={kind}
        onChange={setKind}
      />
      <Field
        as="textarea"
        label="Note"
        class="stack-label"
        name="text"
        rows={4}
        maxLength={5000}
        value={text}
        placeholder="What the panel should see in this record, and why it matters"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <ThemeInput value={themes} known={knownThemes} onInput={setThemes} />
      <SaveButtons saving={saving} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
