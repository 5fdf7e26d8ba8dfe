import { EVENT_TYPES } from '../../lib/event-types';

/**
 * Type words that matched nothing in the vocabulary (stored as `other`), each with a picker.
 * The choices travel as `typeMap` and are remembered by the server for the agency's next upload.
 */
export function TypeMapEditor({
  unmapped,
  typeMap,
  disabled,
  onChange,
}: {
  unmapped: Record<string, number>;
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
