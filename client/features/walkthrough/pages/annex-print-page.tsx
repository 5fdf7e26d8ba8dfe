import { useEffect, useMemo } from 'preact/hooks';
import { ErrorNote, Loading } from '../../../shared/ui';
import { useResource } from '../../../shared/hooks/use-resource';
import { api, loadAllEvents, type ReviewDto } from '../../../shared/api/api';
import {
  annexDescription,
  annexEventsQuery,
  annexHeaders,
  annexPrintRows,
  pageMarginCss,
} from '../../../shared/lib/annex';
import { reviewPath } from '../../../shared/lib/routes';
import { withView, type ViewMode } from '../../../shared/lib/view-mode';

/**
 * The annex as a page to print: A4 landscape (styles/print.css), the review's reference and
 * protective marking on every printed page (the table's header row, which the browser repeats
 * on each page, and the page's margin boxes: the marking at the top and bottom, page numbers),
 * and nothing of the app's chrome.
 * Same rows and columns as the CSV and XLSX: the events list's filters, `annotated=true` for key
 * events only, `view=named` for names.
 */
export function AnnexPrintPage({ review, search }: { review: ReviewDto; search: string }) {
  const query = useMemo(() => new URLSearchParams(search), [search]);
  const view: ViewMode = query.get('view') === 'named' ? 'named' : 'anonymised';
  const filterQuery = withView(annexEventsQuery(query), 'anonymised');
  const headers = annexHeaders(query);
  const key = `${filterQuery}|${view}`;
  const [events] = useResource(
    () => loadAllEvents(review.id, undefined, { query: filterQuery, view }),
    [review.id, key],
  );
  const [notes] = useResource(() => api.listNotes(review.id, view), [review.id, view]);
  const rows = useMemo(
    () => (events.data && notes.data ? annexPrintRows(events.data, notes.data) : null),
    [events.data, notes.data],
  );

  // The page's margin boxes carry the marking and page numbers: a constructed style sheet (set
  // through the CSSOM, which the content security policy allows; no <style> element).
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(pageMarginCss(review.reference, review.marking));
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    document.documentElement.classList.add('printing-annex');
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.documentElement.classList.remove('printing-annex');
    };
  }, [review.reference, review.marking]);

  const description = annexDescription(query);
  const columns = headers.length;
  const running = (
    <div class="annex-running-inner">
      <span class="annex-ref">
        {review.reference} · {review.title}
      </span>
      <span class="annex-what">Summary timeline of significant events · {description}</span>
      <span class="annex-marking" data-testid="annex-marking">
        {review.marking}
      </span>
    </div>
  );
  return (
    <div class="annex-print" data-testid="annex-print">
      <div class="annex-toolbar no-print">
        <a class="button" href={reviewPath(review.id, 'notes')}>
          ← Back
        </a>
        <button type="button" class="button-primary" onClick={() => window.print()}>
          Print
        </button>
        <span class="muted">
          A4 landscape. {description}
          {rows ? ` · ${rows.length.toLocaleString('en-GB')} rows` : ''}
        </span>
      </div>
      {events.status === 'error' ? (
        <ErrorNote error={events.error} title="The events could not be loaded." />
      ) : null}
      {notes.status === 'error' ? (
        <ErrorNote error={notes.error} title="The notes could not be loaded." />
      ) : null}
      {!rows && events.status !== 'error' && notes.status !== 'error' ? <Loading /> : null}
      {rows ? (
        <table class="annex-table" aria-label="Summary timeline of significant events">
          {/* A fixed table takes its widths from its first row, here the running header: the
              columns' widths are given here instead. */}
          <colgroup>
            {headers.map((h) => (
              <col key={h.key} class={`annex-c-${h.key}`} />
            ))}
          </colgroup>
          <thead>
            <tr class="annex-running">
              <th colSpan={columns} scope="colgroup">
                {running}
              </th>
            </tr>
            <tr class="annex-heads">
              {headers.map((h) => (
                <th key={h.key} scope="col" class={`annex-c-${h.key}`}>
                  {h.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns} class="empty">
                  No events match.
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id}>
                {headers.map((h) =>
                  h.key === 'reviewNotes' ? (
                    <td key={h.key} class="annex-c-reviewNotes">
                      {row.notes.map((line, i) => (
                        <div key={i}>{line}</div>
                      ))}
                    </td>
                  ) : (
                    <td key={h.key} class={`annex-c-${h.key}`}>
                      {row.cells[h.key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
