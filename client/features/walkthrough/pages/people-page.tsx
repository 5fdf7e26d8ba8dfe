import { useEffect, useState } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { useSubmit } from '../../../shared/hooks/use-submit';
import { api, type ReviewDto } from '../../../shared/api/api';
import type { GlossaryEntry } from '../../../shared/api/api-types';
import { glossaryRows, rowsToGlossary, type GlossaryRow } from '../lib/glossary';

/**
 * The people glossary: each person's role label ("Mother") and the names and aliases the
 * agencies wrote ("Jane Smith, Jane, Ms Smith"). The server puts the label in place of every
 * name in whatever it sends for the anonymised view: what panel members always see, and what a
 * reviewer sees unless they switch to names.
 */
export function PeoplePage({ review }: { review: ReviewDto }) {
  const [glossary, reload] = useResource(() => api.getGlossary(review.id), [review.id]);
  return (
    <main class="page page-narrow people-page">
      <div class="page-head">
        <div>
          <h1>People: names and role labels</h1>
          <p class="lead">
            Give each person in the records a role label and the names and aliases the agencies use
            for them. Panel members always see the labels; the annex uses them unless you ask for
            names. Names are matched as whole words, in any case.
          </p>
        </div>
      </div>
      {glossary.status === 'loading' ? <Loading /> : null}
      {glossary.status === 'error' ? (
        <ErrorNote error={glossary.error} title="The glossary could not be loaded." />
      ) : null}
      {glossary.status === 'ready' ? (
        <GlossaryEditor reviewId={review.id} entries={glossary.data} onSaved={reload} />
      ) : null}
    </main>
  );
}

function GlossaryEditor({
  reviewId,
  entries,
  onSaved,
}: {
  reviewId: string;
  entries: GlossaryEntry[];
  onSaved: () => void;
}) {
  const [rows, setRows] = useState<GlossaryRow[]>(() => glossaryRows(entries));
  const [saved, setSaved] = useState(false);
  useEffect(() => setRows(glossaryRows(entries)), [entries]);

  const update = (i: number, patch: Partial<GlossaryRow>) => {
    setSaved(false);
    setRows(rows.map((row, j) => (i === j ? { ...row, ...patch } : row)));
  };

  const { busy, error, submit } = useSubmit(async () => {
    setSaved(false);
    await api.putGlossary(reviewId, rowsToGlossary(rows));
    setSaved(true);
    onSaved();
  });

  return (
    <form class="panel glossary" aria-label="People glossary" onSubmit={submit}>
      <table class="grid glossary-table">
        <thead>
          <tr>
            <th scope="col" class="glossary-label">
              Role label
            </th>
            <th scope="col">Names and aliases (comma-separated)</th>
            <th scope="col" class="glossary-actions">
              <span class="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} data-row={i}>
              <td>
                <input
                  type="text"
                  name="label"
                  aria-label={`Role label ${i + 1}`}
                  value={row.label}
                  maxLength={80}
                  placeholder="Mother"
                  onInput={(e) => update(i, { label: e.currentTarget.value })}
                />
              </td>
              <td>
                <input
                  type="text"
                  name="names"
                  aria-label={`Names for label ${i + 1}`}
                  value={row.names}
                  placeholder="Jane Smith, Jane, Ms Smith"
                  onInput={(e) => update(i, { names: e.currentTarget.value })}
                />
              </td>
              <td class="glossary-actions">
                <button
                  type="button"
                  class="button-link"
                  aria-label={`Remove ${row.label || `row ${i + 1}`}`}
                  onClick={() => {
                    setSaved(false);
                    setRows(rows.filter((_, j) => j !== i));
                  }}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <p class="empty">No people yet: add the first with the button below.</p>
      ) : null}
      <div class="form-actions glossary-buttons">
        <button
          type="button"
          class="button"
          onClick={() => {
            setSaved(false);
            setRows([...rows, { key: `new-${Date.now()}-${rows.length}`, label: '', names: '' }]);
          }}
        >
          Add a person
        </button>
        <button type="submit" class="button-primary" disabled={busy}>
          Save the glossary
        </button>
        {saved ? (
          <span class="note note-ok" role="status">
            Saved. Every page now shows these labels in place of the names.
          </span>
        ) : null}
      </div>
      {error ? <ErrorNote error={error} title="Not saved." /> : null}
    </form>
  );
}
