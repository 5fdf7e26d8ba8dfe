import type { TypeReadingDto, TypeSuggestionDto } from '../../../../server/contract/submissions';
import { EVENT_TYPES, eventType } from '../../../shared/lib/event-types';
import { describeTypeBasis } from '../../../shared/lib/type-basis';
import { TypeSuggestions } from './type-suggestions';

/**
 * Every distinct type word of the file, what it was read as and why, with a picker to correct
 * it: the words read as `other` first (with the server's likeliest codes as one-click choices,
 * first any another agency of the review was mapped to: offered, not applied), then those the
 * learned reader guessed, then the recognised ones, most rows first. Recognised words are listed too because on files nobody
 * has seen the vocabulary reads about seven in ten right (docs/corpus.md): a wrong reading
 * is as silent as none unless the reviewer can see it. The choices travel as `typeMap` and are
 * remembered by the server for the agency's next upload. Plain text only: the words are the
 * agency's.
 */
export function TypeMapEditor({
  checked,
  readings,
  wordCount,
  suggestions = {},
  typeMap,
  disabled,
  onChange,
}: {
  /** The file passed the check: its rows, and so their types, were read. */
  checked: boolean;
  readings: readonly TypeReadingDto[];
  wordCount: number;
  suggestions?: Record<string, TypeSuggestionDto[]>;
  typeMap: Record<string, string>;
  disabled: boolean;
  onChange: (word: string, code: string | null) => void;
}) {
  if (!checked)
    return <p class="muted">The event types are listed once every row passes the check.</p>;
  if (readings.length === 0)
    return <p class="muted">The file has no type column, or its type cells are all empty.</p>;
  const unread = readings.filter(readAsOther);
  const otherRows = unread.reduce((sum, r) => sum + r.rows, 0);
  const guessed = readings.filter((r) => !readAsOther(r) && readByLearned(r));
  const ordered = [
    ...unread,
    ...guessed,
    ...readings.filter((r) => !readAsOther(r) && !readByLearned(r)),
  ];
  return (
    <>
      <p class="small" data-testid="type-summary">
        {wordCount} distinct {wordCount === 1 ? 'word' : 'words'};{' '}
        {unread.length === 0 && guessed.length === 0 ? 'every one matched a type. ' : null}
        {unread.length > 0
          ? `${unread.length} matched no type (${otherRows} ${otherRows === 1 ? 'row' : 'rows'} stored as “other”). `
          : null}
        {guessed.length > 0
          ? `${guessed.length} matched no type and ${guessed.length === 1 ? 'was' : 'were'} guessed by the reader learned from labelled chronologies, from the rest of the row (right about six times in ten in our tests): listed ${unread.length > 0 ? 'next' : 'first'}: check ${guessed.length === 1 ? 'it' : 'them'} before storing. `
          : null}
        Check what each was read as and choose another type where it is wrong.
        {wordCount > readings.length ? ` The ${readings.length} on most rows are listed.` : ''}
      </p>
      <table class="grid grid-compact type-readings">
        <thead>
          <tr>
            <th>The agency’s words</th>
            <th class="num">Rows</th>
            <th>Read as</th>
            <th>Your choice</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((reading, i) => (
            <tr
              key={reading.text}
              class={
                readAsOther(reading)
                  ? 'type-unread'
                  : readByLearned(reading)
                    ? 'type-guessed'
                    : undefined
              }
            >
              <td>
                <label for={`type-${i}`} class="quoted">
                  {reading.text}
                </label>
                {reading.saysLittle ? (
                  <div class="muted small">
                    Says little: each row’s description decides first; your choice applies to the
                    rows it does not explain.
                  </div>
                ) : null}
              </td>
              <td class="num">{reading.rows}</td>
              <td>
                <ReadAs reading={reading} />
              </td>
              <td>
                <select
                  id={`type-${i}`}
                  value={typeMap[reading.text] ?? ''}
                  disabled={disabled}
                  onChange={(e) => onChange(reading.text, e.currentTarget.value || null)}
                >
                  <option value="">
                    {readAsOther(reading) ? 'other (not yet mapped)' : 'as read'}
                  </option>
                  {EVENT_TYPES.filter((t) => t.code !== 'other').map((t) => (
                    <option key={t.code} value={t.code}>
                      {t.label} ({t.code})
                    </option>
                  ))}
                </select>
                <TypeSuggestions
                  word={reading.text}
                  choices={suggestions[reading.text] ?? []}
                  chosen={typeMap[reading.text]}
                  disabled={disabled}
                  onChoose={(code) => onChange(reading.text, code)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * Some of the word's rows were typed by the learned reader, where no synonym matched (docs/
 * uploading.md, "The learned reader"): a guess from the words around it, so it is listed right
 * after the words that matched nothing, for the reviewer to check first.
 */
function readByLearned(reading: TypeReadingDto): boolean {
  return reading.readAs.some((r) => r.from === 'learned');
}

/** Every row of the word was stored as `other`: it needs a choice to reach any rule. */
function readAsOther(reading: TypeReadingDto): boolean {
  return reading.readAs.every((r) => r.code === 'other');
}

/** Each code the word's rows were read as, with why: "Home visit, from the type column (‘Home visit’)". */
function ReadAs({ reading }: { reading: TypeReadingDto }) {
  return (
    <ul>
      {reading.readAs.map((r) => (
        <li key={`${r.code} ${r.from}`}>
          {r.code === 'other' ? (
            <span class="muted">not recognised</span>
          ) : (
            <span title={r.code}>{eventType(r.code).label}</span>
          )}
          {reading.readAs.length > 1 ? (
            <span class="muted small">
              {' '}
              · {r.rows} {r.rows === 1 ? 'row' : 'rows'}
            </span>
          ) : null}
          <div class="muted small">{whyRead(r)}</div>
        </li>
      ))}
    </ul>
  );
}

function whyRead(r: TypeReadingDto['readAs'][number]): string {
  if (r.from === 'none') return r.code === 'other' ? '' : 'what this kind of agency records';
  return describeTypeBasis({ from: r.from, words: r.words }) ?? '';
}
