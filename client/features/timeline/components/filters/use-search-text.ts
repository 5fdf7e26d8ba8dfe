// The filter bar's text search as typed: it follows the address, and reaches the filters a quarter-second after typing stops.
import { useEffect, useState } from 'preact/hooks';

/** `q`: the search in the filters; `onSearch` sets it (with the text trimmed), reading the latest `current()`. */
export function useSearchText(
  q: string,
  current: () => string,
  onSearch: (q: string) => void,
): [string, (text: string) => void] {
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (text.trim() === current()) return;
    const timer = setTimeout(() => onSearch(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  return [text, setText];
}
