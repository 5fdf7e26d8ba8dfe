import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { deferShowOnAdd } from '../../client/features/timeline/components/timeline/vis-deferred-show';

// deferShowOnAdd changes one vis-timeline method by name. These tests hold it to what it
// claims: the show at add time is skipped, every other call goes through, the patch is made
// once, and it stands down on a lane that lacks the methods. The last test reads the installed
// vis-timeline, so that an upgrade that renames or moves the call fails here, not silently.

/** A lane shaped like vis-timeline's: `add` records the item, then shows it if in view. */
function laneClasses() {
  const shown: string[] = [];
  class Group {
    items: Record<string, unknown> = {};
    visibleItems: string[] = [];
    add(item: string) {
      this.items[item] = item;
      this._checkIfVisible(item, this.visibleItems, null);
    }
    _checkIfVisible(item: string, visibleItems: string[], _range?: unknown) {
      shown.push(item);
      visibleItems.push(item);
    }
  }
  class BackgroundGroup extends Group {}
  return { Group, BackgroundGroup, shown };
}

const timelineWith = (lanes: Record<string, object>) =>
  ({ itemSet: { groups: lanes } }) as unknown as Timeline;

describe('deferShowOnAdd', () => {
  it('skips the show while an item is added, and only then', () => {
    const { Group, BackgroundGroup, shown } = laneClasses();
    const background = new BackgroundGroup();
    const lane = new Group();
    expect(deferShowOnAdd(timelineWith({ background }))).toBe(true);

    lane.add('a');
    expect(lane.items).toEqual({ a: 'a' });
    expect(shown).toEqual([]);
    expect(lane.visibleItems).toEqual([]);

    // The lane's redraw shows what is in range through the same method: that still works.
    lane._checkIfVisible('a', lane.visibleItems);
    expect(shown).toEqual(['a']);

    // An add that throws leaves the lane able to show items afterwards.
    const broken = new Group();
    Object.defineProperty(broken, 'items', {
      get: () => {
        throw new Error('no items');
      },
    });
    expect(() => broken.add('b')).toThrow('no items');
    broken._checkIfVisible('b', broken.visibleItems);
    expect(shown).toEqual(['a', 'b']);
  });

  it('patches the shared prototype once, however many timelines are made', () => {
    const { Group, BackgroundGroup, shown } = laneClasses();
    const add = Group.prototype.add;
    expect(deferShowOnAdd(timelineWith({ background: new BackgroundGroup() }))).toBe(true);
    const patched = Group.prototype.add;
    expect(patched).not.toBe(add);
    expect(deferShowOnAdd(timelineWith({ background: new BackgroundGroup() }))).toBe(true);
    expect(Group.prototype.add).toBe(patched);
    new Group().add('a');
    expect(shown).toEqual([]);
  });

  it('stands down when the lane has not both methods', () => {
    class Lane {
      add() {}
    }
    const add = Lane.prototype.add;
    expect(deferShowOnAdd(timelineWith({ background: new Lane() }))).toBe(false);
    expect(Lane.prototype.add).toBe(add);
    expect(deferShowOnAdd(timelineWith({}))).toBe(false);
    expect(deferShowOnAdd({} as Timeline)).toBe(false);
  });

  it('matches the installed vis-timeline: Group.add shows through _checkIfVisible', () => {
    // The file the app's `import 'vis-timeline/esnext'` gets (the package's "import" export).
    const source = readFileSync(fileURLToPath(import.meta.resolve('vis-timeline/esnext')), 'utf8');
    const group = source.slice(source.indexOf('\nclass Group {'));
    const body = (name: string) => {
      const start = group.indexOf(`\n  ${name}(`);
      expect(start, `Group.${name} not found`).toBeGreaterThan(0);
      return group.slice(start, group.indexOf('\n  }\n', start));
    };
    expect(body('add')).toContain('this._checkIfVisible(item, this.visibleItems, range)');
    expect(body('_checkIfVisible')).toContain('item.show()');
    // And the lane's redraw shows what is in range, which is what the deferred items rely on.
    expect(body('_updateItemsInRange')).toContain('_checkIfVisibleWithReference');
    expect(source).toContain('class BackgroundGroup extends Group');
  });
});
