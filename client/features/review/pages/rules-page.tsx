import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, errorMessage, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { api, isUnavailable, type ReviewDto } from '../../../shared/api/api';
import type { Abilities } from '../../../shared/lib/roles';
import { NEW_RULE_TEMPLATE, parseRuleText, ruleDocument, ruleTitle } from '../lib/rule-text';
import { RuleEditor, type RuleMessage } from '../components/rules/rule-editor';
import { RuleList } from '../components/rules/rule-list';

/** A failure of the server as the editor says it: its message, or `text` if it has none. */
const failedWith = (text: string) => (e: unknown) => {
  throw e instanceof Error ? e : new Error(text);
};

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
  const [saved, setSaved] = useState<string | null>(null);
  // Saving and deleting: one at a time; a failure replaces the "Saved" line.
  const change = useSubmit((work: () => Promise<void>) => work(), {
    onError: () => setSaved(null),
  });
  const clearMessage = () => {
    setSaved(null);
    change.clearError();
  };

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
  useEffect(clearMessage, [selected]);

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

  const save = () =>
    change.run(async () => {
      const parsed = parseRuleText(text);
      if (!parsed.ok) throw new Error(parsed.message);
      if (selected === NEW || !current) {
        const created = await api
          .createRule(review.id, parsed.value)
          .catch(failedWith('The rule could not be saved.'));
        setSelected(created.id);
      } else {
        await api
          .updateRule(review.id, current.id, parsed.value)
          .catch(failedWith('The rule could not be saved.'));
      }
      setSaved('Saved. Gap flags are recomputed from the new rule.');
      reload();
    });

  const remove = () => {
    if (!current || !window.confirm(`Delete the rule “${ruleTitle(current)}” from this review?`))
      return;
    void change.run(async () => {
      await api
        .deleteRule(review.id, current.id)
        .catch(failedWith('The rule could not be deleted.'));
      setSelected(null);
      reload();
    });
  };

  const message: RuleMessage | null = change.error
    ? { kind: 'error', text: errorMessage(change.error) }
    : saved
      ? { kind: 'ok', text: saved }
      : null;
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
        <RuleList
          list={list}
          selected={selected}
          readOnly={readOnly}
          copying={current !== null}
          onSelect={setSelected}
          onNew={() => {
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
            clearMessage();
          }}
        />
        <RuleEditor
          current={current}
          isNew={selected === NEW}
          readOnly={readOnly}
          text={text}
          onText={setText}
          busy={change.busy}
          onSave={() => void save()}
          onDelete={remove}
          message={message}
        />
      </div>
    </main>
  );
}

const NEW = '\u0000new';
