import type { TypeSuggestionDto } from '../../../../server/contract/submissions';

/**
 * A type word's likeliest codes as one-click choices (the server's `typeSuggestions`: first any
 * code another agency of the review mapped the same word to, offered, not applied), without the
 * one already chosen.
 */
export function TypeSuggestions({
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
