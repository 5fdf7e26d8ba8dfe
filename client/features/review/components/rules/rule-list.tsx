import type { RuleDto } from '../../../../shared/api/api-types';
import { BASIS_LABELS, ruleTitle } from '../../lib/rule-text';

/** The rules page's list: each rule to choose, and "Copy as a new rule" (or "New rule"). */
export function RuleList({
  list,
  selected,
  readOnly,
  copying,
  onSelect,
  onNew,
}: {
  list: readonly RuleDto[];
  selected: string | null;
  readOnly: boolean;
  /** A rule is chosen, so the button copies it. */
  copying: boolean;
  onSelect: (id: string) => void;
  onNew: () => void;
}) {
  return (
    <nav class="rule-list" aria-label="Rules">
      <ul>
        {list.map((rule) => (
          <li key={rule.id}>
            <button
              type="button"
              class={rule.id === selected ? 'rule-item rule-item-on' : 'rule-item'}
              onClick={() => onSelect(rule.id)}
            >
              <span class="rule-name">
                {ruleTitle(rule)}
                {rule.enabled ? null : <span class="tag tag-muted">off</span>}
              </span>
              <span class="muted small">
                {rule.within.amount} {rule.within.unit.replace('-', ' ')} ·{' '}
                {BASIS_LABELS[rule.basis]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <button type="button" class="button" onClick={onNew}>
          {copying ? 'Copy as a new rule' : 'New rule'}
        </button>
      )}
    </nav>
  );
}
