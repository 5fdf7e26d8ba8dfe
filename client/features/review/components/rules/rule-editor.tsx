import type { RuleDto } from '../../../../shared/api/api-types';
import { BASIS_LABELS, ruleTitle } from '../../lib/rule-text';

/** A line under the editor: the rule saved, or why not. */
export interface RuleMessage {
  kind: 'error' | 'ok';
  text: string;
}

/**
 * The chosen rule: its summary, its JSON to read or change, and Save (or Add) and Delete for
 * the review's reviewer.
 */
export function RuleEditor({
  current,
  isNew,
  readOnly,
  text,
  onText,
  busy,
  onSave,
  onDelete,
  message,
}: {
  /** The rule chosen, or null when a new one is written. */
  current: RuleDto | null;
  isNew: boolean;
  readOnly: boolean;
  text: string;
  onText: (text: string) => void;
  busy: boolean;
  onSave: () => void;
  onDelete: () => void;
  message: RuleMessage | null;
}) {
  return (
    <section class="panel rule-editor">
      {current && !isNew ? (
        <div class="rule-summary">
          <h2>{ruleTitle(current)}</h2>
          <p>
            Within {current.within.amount} {current.within.unit.replace('-', ' ')} ·{' '}
            {BASIS_LABELS[current.basis]}
            {current.enabled ? '' : ' · switched off'}
          </p>
          <p class="muted">{current.why}</p>
          <p class="muted small">Source: {current.source}</p>
        </div>
      ) : null}
      <label for="rule-json" class="filter-label">
        {isNew ? 'New rule (JSON)' : 'Rule (JSON)'}
      </label>
      <textarea
        id="rule-json"
        spellcheck={false}
        readOnly={readOnly}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
        rows={24}
      />
      <div class="form-actions">
        {readOnly ? null : (
          <button type="button" class="button-primary" disabled={busy} onClick={onSave}>
            {isNew ? 'Add rule' : 'Save rule'}
          </button>
        )}
        {current && !isNew && !readOnly ? (
          <button type="button" class="button" disabled={busy} onClick={onDelete}>
            Delete
          </button>
        ) : null}
        {message ? (
          <div
            class={message.kind === 'error' ? 'note note-error' : 'note note-ok'}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </div>
        ) : null}
      </div>
    </section>
  );
}
