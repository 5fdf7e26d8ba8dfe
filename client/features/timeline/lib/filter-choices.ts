// The filter bar's small rules: adding or removing a choice, a type filter's label, the count of events shown.
import { eventType, TYPE_PREFIXES } from '../../../shared/lib/event-types';

/** The list with `value` removed if it is there, else added at the end. */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** A type filter's label: a group's name for a prefix ("contact."), else the type's label. */
export function typeFilterLabel(type: string): string {
  return type.endsWith('.')
    ? (TYPE_PREFIXES.find((p) => p.prefix === type)?.label ?? type)
    : eventType(type).label;
}

/** "1,204 events", or "12 of 1,204 events" while filters hide some. */
export function shownCountText(shown: number, total: number): string {
  return shown === total
    ? `${total.toLocaleString('en-GB')} events`
    : `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} events`;
}
