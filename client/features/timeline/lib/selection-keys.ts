// Which key moves the selection which way: the timeline reads all four arrows, the chronology up and down only.
export type Step = 'next' | 'previous' | 'first' | 'last';

const TABLE_STEPS: Readonly<Record<string, Step>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

const TIMELINE_STEPS: Readonly<Record<string, Step>> = {
  ...TABLE_STEPS,
  ArrowRight: 'next',
  ArrowLeft: 'previous',
};

/** The step a key takes in the timeline (left and right too) or the chronology; null for none. */
export function stepForKey(key: string, where: 'timeline' | 'table'): Step | null {
  const steps = where === 'timeline' ? TIMELINE_STEPS : TABLE_STEPS;
  return Object.hasOwn(steps, key) ? (steps[key] as Step) : null;
}
