/**
 * "Mother; Father; Infant", "Mum, Dad & baby", "Mother/Father" → a list of people as the
 * agency names them. Only the family words every agency writes differently are unified
 * (Mum → Mother, Dad → Father) so a filter by person finds them all; real names are left
 * alone (the anonymisation glossary deals with those).
 */
const ALIASES: Record<string, string> = {
  mum: 'Mother',
  mom: 'Mother',
  mam: 'Mother',
  mummy: 'Mother',
  mother: 'Mother',
  dad: 'Father',
  daddy: 'Father',
  father: 'Father',
};

export function splitPeople(text: string): string[] {
  const people: string[] = [];
  for (const part of text.split(/\s*(?:[;,/&+\n]|\band\b)\s*/i)) {
    // "Father (tel)" is Father, spoken to by phone: the mode belongs to the event type.
    const trimmed = part
      .replace(/\s*\((?:tel|phone|by phone|telephone|on phone)\)\s*$/i, '')
      .trim()
      .replace(/\.$/, '');
    if (!trimmed) continue;
    const alias = ALIASES[trimmed.toLowerCase()];
    const person = alias ?? trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
    if (!people.includes(person)) people.push(person);
  }
  return people;
}

export type YesNo = { ok: true; value: boolean | null } | { ok: false };

const YES = /^(y|yes|true|1|seen|✓|✔|x)\b/i;
const NO = /^(n|no|false|0|not seen)\b/i;
const UNKNOWN = /^(|-|\?|n\/?a|unknown|not known|not recorded|not applicable)$/i;

/** Child seen / seen alone cells: yes, no, or unknown (blank, N/A). "Yes - with mother" is yes. */
export function parseYesNo(text: string): YesNo {
  const t = text.trim();
  if (UNKNOWN.test(t)) return { ok: true, value: null };
  if (NO.test(t)) return { ok: true, value: false };
  if (YES.test(t)) return { ok: true, value: true };
  return { ok: false };
}
