import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, isUnavailable, type ReviewDto } from '../../../shared/api/api';
import type { RuleDto } from '../../../shared/api/api-types';
import type { Abilities } from '../../../shared/lib/roles';
import { NEW_RULE_TEMPLATE, parseRuleText, ruleDocument, ruleTitle } from '../lib/rule-text';

/**
 * The review's gap rules as JSON documents. The server is the judge of a rule: a 400 names the
 * field at fault and is shown as is. The page only checks that the text is JSON before sending.
 */
export function RulesPage({ review, can }: { review: ReviewDto; can: Abilities }) {
  const readOnly = !can.editRules;
  const [rules, reload] = useResource(
    () =>
      api.listRules(review.id).catch((e: unknown) => (isUnavailable(e) ? null : Promise.reject(e))),
    [review.id],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const list = rules.status === 'ready' ? rules.data : null;
  const current = list?.find((r) => r.id === selected) ?? null;
  useEffect(() => {
    if (!list || list.length === 0) return;
    if (selected === null || (!list.some((r) => r.id === selected) && selected !== NEW))
      setSelected(list[0]?.id ?? null);
  }, [list]);
  // A reload after saving brings a new `current`: refresh the text, but keep the "Saved"
  // message; only choosing another rule clears it.
  useEffect(() => {
    if (current) setText(JSON.stringify(ruleDocument(current), null, 2));
  }, [current]);
  useEffect(() => setMessage(null), [selected]);

  if (rules.status === 'loading')
    return (
      <main class="page">
        <Loading />
      </main>
    );
  if (rules.status === 'error')
    return (
      <main class="page">
        <ErrorNote error={rules.error} />
      </main>
    );
  if (list === null) {
    return (
      <main class="page page-narrow">
        <h1>Gap rules</h1>
        <p class="empty">
          This server does not serve gap rules yet (GET /api/reviews/:id/rules). When the gap engine
          is installed, the review’s rules appear here to read and change.
        </p>
      </main>
    );
  }

  async function save() {
    const parsed = parseRuleText(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: parsed.message });
      return;
    }
    setBusy(true);
    try {
      if (selected === NEW || !current) {
        const created = await api.createRule(review.id, parsed.value);
        setSelected(created.id);
      } else {
        await api.updateRule(review.id, current.id, parsed.value);
      }
      setMessage({ kind: 'ok', text: 'Saved. Gap flags are recomputed from the new rule.' });
      reload();
    } catch (e) {
      setMessage({
        kind: 'error',
        text: e instanceof Error ? e.message : 'The rule could not be saved.',
      });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!current || !window.confirm(`Delete the rule “${ruleTitle(current)}” from this review?`))
      return;
    setBusy(true);
    try {
      await api.deleteRule(review.id, current.id);
      setSelected(null);
      reload();
    } catch (e) {
      setMessage({
        kind: 'error',
        text: e instanceof Error ? e.message : 'The rule could not be deleted.',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="page">
      <div class="page-head">
        <div>
          <h1>Gap rules</h1>
          <p class="lead">
            Each rule says what should follow a trigger event and within what limit. Rules are data:
            change a limit for your area, or copy one and adapt it. A rule’s source says where its
            limit comes from.
          </p>
          {readOnly ? (
            <p class="note" role="status">
              You can read the rules; the review’s reviewer changes them.
            </p>
          ) : null}
        </div>
      </div>
      <div class="rules">
        <nav class="rule-list" aria-label="Rules">
          <ul>
            {list.map((rule) => (
              <li key={rule.id}>
                <button
                  type="button"
                  class={rule.id === selected ? 'rule-item rule-item-on' : 'rule-item'}
                  onClick={() => setSelected(rule.id)}
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
            <button
              type="button"
              class="button"
              onClick={() => {
                setSelected(NEW);
                setText(
                  JSON.stringify(
                    current
                      ? {
                          ...ruleDocument(current),
                          id: `local.${current.id.replace(/^[a-z]+\./, '')}-copy`,
                          name: `${ruleTitle(current)} (copy)`,
                        }
                      : NEW_RULE_TEMPLATE,
                    null,
                    2,
                  ),
                );
                setMessage(null);
              }}
            >
              {current ? 'Copy as a new rule' : 'New rule'}
            </button>
          )}
        </nav>
        <section class="panel rule-editor">
          {current && selected !== NEW ? (
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
            {selected === NEW ? 'New rule (JSON)' : 'Rule (JSON)'}
          </label>
          <textarea
            id="rule-json"
            spellcheck={false}
            readOnly={readOnly}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            rows={24}
          />
          <div class="form-actions">
            {readOnly ? null : (
              <button
                type="button"
                class="button-primary"
                disabled={busy}
                onClick={() => void save()}
              >
                {selected === NEW ? 'Add rule' : 'Save rule'}
              </button>
            )}
            {current && selected !== NEW && !readOnly ? (
              <button type="button" class="button" disabled={busy} onClick={() => void remove()}>
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
      </div>
    </main>
  );
}

const NEW = '\u0000new';

const BASIS_LABELS: Record<RuleDto['basis'], string> = {
  procedure: 'procedure',
  practice: 'common practice: confirm locally',
  local: 'local expectation',
};
