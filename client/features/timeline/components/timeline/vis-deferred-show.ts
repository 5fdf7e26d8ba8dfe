// One change to vis-timeline's Group: an item added to a lane is shown by the lane's next
// redraw, in one batch with the others, instead of at once and on its own.
import type { Timeline } from 'vis-timeline/esnext';

/**
 * Why. vis-timeline 8.5 shows an item the moment it is added to a lane in view
 * (`Group.add` → `_checkIfVisible` → `item.show()`), and showing an item reads its size from
 * the DOM (`_getDomComponentsSizes`: `getComputedStyle` and `offsetWidth`). Adding a plan of a
 * few hundred items through the DataSet therefore makes the browser lay the page out once per
 * item: on the 5,000-event review that was 800 measurements and about a third of the time
 * between the events arriving and the timeline drawn (docs/benchmarks.md, "2026-12-06").
 * Every add also marks the lane for restacking and queues a redraw, and that redraw
 * (`_updateItemsInRange`) shows every item in range that is not yet shown, in a batch that
 * creates all their elements, then measures them all: one layout per lane. So the show at add
 * time is redundant, and skipping it changes when an item is measured, not what is drawn.
 *
 * How. The add is wrapped so that, while it runs, the lane's `_checkIfVisible` does nothing;
 * `_checkIfVisible` is left as it is for its other callers. The prototype is reached through
 * the timeline's background lane (every timeline has one) and patched once per page. If a
 * later vis-timeline renames either method the patch stands down (tests/client/vis-deferred-
 * show.test.ts fails, and the timeline still draws, only slower).
 */
const PATCHED = Symbol.for('tapestry.deferredShow');
const ADDING = Symbol('adding');

interface GroupPrototype {
  add(item: unknown): unknown;
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): unknown;
  [PATCHED]?: true;
}

type Lane = GroupPrototype & { [ADDING]?: boolean };

export function deferShowOnAdd(timeline: Timeline): boolean {
  const groups = (timeline as unknown as { itemSet?: { groups?: Record<string, object> } }).itemSet
    ?.groups;
  const anyLane = groups ? Object.values(groups)[0] : undefined;
  const proto = anyLane ? groupPrototype(anyLane) : null;
  if (!proto) return false;
  if (proto[PATCHED]) return true;
  const add = proto.add;
  const checkIfVisible = proto._checkIfVisible;
  proto.add = function (this: Lane, item: unknown) {
    this[ADDING] = true;
    try {
      return add.call(this, item);
    } finally {
      this[ADDING] = false;
    }
  };
  proto._checkIfVisible = function (
    this: Lane,
    item: unknown,
    visibleItems: unknown[],
    range: unknown,
  ) {
    if (this[ADDING]) return undefined;
    return checkIfVisible.call(this, item, visibleItems, range);
  };
  proto[PATCHED] = true;
  return true;
}

/** The prototype that defines both methods: Group's own (the background lane inherits it). */
function groupPrototype(lane: object): GroupPrototype | null {
  for (let proto = Object.getPrototypeOf(lane); proto; proto = Object.getPrototypeOf(proto)) {
    const own = (name: string) =>
      Object.prototype.hasOwnProperty.call(proto, name) && typeof proto[name] === 'function';
    if (own('add') && own('_checkIfVisible')) return proto as GroupPrototype;
  }
  return null;
}
