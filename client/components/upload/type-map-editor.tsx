import type { TypeSuggestionDto } from '../../../server/contract/submissions';
import { EVENT_TYPES } from '../../lib/event-types';

/**
 * Type words that matched nothing in the vocabulary (stored as `other`), each with a picker and
 * the server's likeliest codes as one-click choices (first any another agency of the review
 * was mapped to: offered, not applied). The choices travel as `typeMap` and are remembered by
 * the server for the agency's next upload.
 */
export function TypeMapEditor({
  unmapped,
  suggestions = {},
  typeMap,
  disabled,
  onChange,
}: {
  unmapped: Record<string, number>;
  suggestions?: Record<string, TypeSuggestionDto[]>;
  typeMap: Record<string, string>;
  disabled: boolean;
  onChange: (word: string, code: string | null) => void;
}) {
  // Words already placed by this form stay listed, so a choice can be changed back.
  const words = [...new Set([...Object.keys(unmapped), ...Object.keys(typeMap)])].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
  if (words.length === 0)
    return <p class="muted">Every event type in the file matched the vocabulary.</p>;
  return (
    <table class="grid grid-compact">
      <thead>
        <tr>
          <th>The agency’s words</th>
          <th class="num">Rows</th>
          <th>Our type</th>
        </tr>
      </thead>
      <tbody>
        {words.map((word, i) => (
          <tr key={word}>
            <td>
              <label for={`type-${i}`} class="quoted">
                {word}
              </label>
            </td>
            <td class="num">{unmapped[word] ?? '–'}</td>
            <td>
              <select
                id={`type-${i}`}
                value={typeMap[word] ?? ''}
                disabled={disabled}
                onChange={(e) =>
                  onChange(word, (e.currentTarget as HTMLSelectElement).value || null)
                }
              >
                <option value="">other (not yet mapped)</option>
                {EVENT_TYPES.filter((t) => t.code !== 'other').map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.label} ({t.code})
                  </option>
                ))}
              </select>
              <Suggestions
                word={word}
                choices={suggestions[word] ?? []}
                chosen={typeMap[word]}
                disabled={disabled}
                onChoose={(code) => onChange(word, code)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Suggestions({
  word,
  choices,
  chosen,
  disabled,
  onChoose,
}: {
  word: string;
  choices: readonly TypeSuggestionDto[];
  chosen: string | undefined;
  disabled: boolean;
  onChoose: (code: string) => void;
}) {
  const open = choices.filter((c) => c.code !== chosen);
  if (open.length === 0) return null;
  return (
    <div class="type-suggestions small" aria-label={`Likely types for “${word}”`} role="group">
      {open.map((c) => (
        <button
          key={c.code}
          type="button"
          class="button-link"
          disabled={disabled}
          title={c.code}
          onClick={() => onChoose(c.code)}
        >
          {c.label}
          {c.agencies.length > 0 ? (
            <span class="muted"> (mapped so for {c.agencies.join(', ')})</span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
