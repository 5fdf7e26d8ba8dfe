import type { TypeSuggestionDto } from '../contract/submissions';
import { phraseKey } from '../shared/phrases';
import { EVENT_TYPES, likelyCodes } from '../ingest/vocabulary';

const LABELS = new Map(EVENT_TYPES.map((t) => [t.code, t.label]));
const LIKELY = 3;

export interface OtherAgencyTypeMap {
  agency: string;
  typeMap: Record<string, string>;
}

/**
 * For each type word that matched no code: what another agency of the same review had it mapped
 * to (first: a reviewer already decided what these words mean here), then the codes that share
 * its words. Only offered, never applied: the same words can mean different things to a police
 * force and a health visitor ("Contact", "Visit"), so the reviewer chooses with one click.
 */
export function suggestTypes(
  unmapped: Record<string, number>,
  others: readonly OtherAgencyTypeMap[],
): Record<string, TypeSuggestionDto[]> {
  const byKey = new Map<string, Array<{ agency: string; code: string }>>();
  for (const { agency, typeMap } of others) {
    for (const [words, code] of Object.entries(typeMap)) {
      const key = phraseKey(words);
      byKey.set(key, [...(byKey.get(key) ?? []), { agency, code }]);
    }
  }
  const suggestions: Record<string, TypeSuggestionDto[]> = {};
  for (const word of Object.keys(unmapped)) {
    const list: TypeSuggestionDto[] = [];
    for (const { agency, code } of byKey.get(phraseKey(word)) ?? []) {
      if (!LABELS.has(code)) continue;
      const same = list.find((s) => s.code === code);
      if (same) same.agencies.push(agency);
      else list.push({ code, label: LABELS.get(code) ?? code, agencies: [agency] });
    }
    for (const code of likelyCodes(word, LIKELY)) {
      if (!list.some((s) => s.code === code))
        list.push({ code, label: LABELS.get(code) ?? code, agencies: [] });
    }
    if (list.length > 0) suggestions[word] = list;
  }
  return suggestions;
}
