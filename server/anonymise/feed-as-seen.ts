// The timeline feed's texts redacted column by column, for timelineFeedAsSeen (as-seen.ts),
// which is the one function that gives the feed as a view reads it.
import type { TimelineFeed } from '../contract/feed';
import type { Redactor } from './redact';

/**
 * The feed's texts as the view reads them, column by column: what eventAsSeen (as-seen.ts) redacts of
 * an event (everything but EVENT_KEPT) is, in the feed, the label (redacted by encodeFeed before
 * its cut, so a name at the cut is replaced whole) and the texts the type words and the people
 * index; the date texts and times, kept as written, index the same table. So the table is made
 * again: each text once as written for the kept columns, once redacted for the others, and no
 * text that only a redacted column named stays in it. Each repeated text (a type word, a
 * person) is redacted once, not once per event: object by object, the redaction walked every
 * event's fields, 0.5-0.8 s of a 50,000-event feed's first answer (docs/benchmarks.md,
 * "2026-12-07"). tests/unit/feed-as-seen.test.ts holds it to eventAsSeen's answer.
 */
export function feedTextsAsSeen(feed: TimelineFeed, redact: Redactor): TimelineFeed {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const add = (text: string) => {
    let i = at.get(text);
    if (i === undefined) at.set(text, (i = strings.push(text) - 1));
    return i;
  };
  const column = (asSeen: (text: string) => string) => {
    const done = new Map<number, number>();
    return (i: number) => {
      if (i < 0) return i;
      let j = done.get(i);
      if (j === undefined) done.set(i, (j = add(asSeen(feed.strings[i] ?? ''))));
      return j;
    };
  };
  const kept = column((text) => text);
  const hidden = column(redact);
  // In the order encodeFeed first met each text, so the table is the one it would have made
  // of the events redacted one by one (and its indexes as short).
  const out = {
    ...feed,
    strings,
    typeText: [] as number[],
    dateText: [] as number[],
    time: [] as number[],
    subjects: [] as number[][],
    ends: { ...feed.ends, dateText: [] as number[], time: [] as number[] },
  };
  let end = 0;
  for (let i = 0; i < feed.total; i++) {
    out.typeText.push(hidden(feed.typeText[i] ?? -1));
    out.dateText.push(kept(feed.dateText[i] ?? -1));
    out.time.push(kept(feed.time[i] ?? -1));
    out.subjects.push((feed.subjects[i] ?? []).map(hidden));
    for (; feed.ends.at[end] === i; end++) {
      out.ends.dateText.push(kept(feed.ends.dateText[end] ?? -1));
      out.ends.time.push(kept(feed.ends.time[end] ?? -1));
    }
  }
  return out;
}
