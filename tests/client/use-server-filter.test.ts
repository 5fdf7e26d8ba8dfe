import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import {
  useServerFilter,
  type ServerFilterAnswer,
} from '../../client/features/timeline/components/timeline/use-server-filter';
import type { FilterMode } from '../../client/features/timeline/lib/filter-mode';
import { renderHook, settle } from './support/render-hook';

/** The server's answers, held until the test lets each one arrive. */
function heldServer() {
  const asked: { query: string; answer: (a: ServerFilterAnswer) => void }[] = [];
  const ask = (query: URLSearchParams) =>
    new Promise<ServerFilterAnswer>((resolve) =>
      asked.push({ query: String(query), answer: resolve }),
    );
  return { asked, ask };
}

const facets = (n: number) => ({ agency: [{ value: 'Police', count: n }], type: [], subject: [] });
const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const byId = new Map([a, b, c].map((e) => [e.id, e]));

function render(server: ReturnType<typeof heldServer>, first: string, mode: FilterMode = 'server') {
  return renderHook(() => {
    const [key, setKey] = useState(first);
    const [m, setMode] = useState(mode);
    return { setKey, setMode, ...useServerFilter(m, key, byId, server.ask) };
  });
}

describe('useServerFilter', () => {
  it('maps the answer’s ids to the loaded events and keeps it on screen while the next runs', async () => {
    const server = heldServer();
    const hook = render(server, 'q=cannabis');
    expect(server.asked.map((r) => r.query)).toEqual(['q=cannabis']);
    expect(hook.current().result).toBeNull();
    server.asked[0]!.answer({ ids: ['c', 'a'], facets: facets(2) });
    await settle();
    expect(hook.current().result?.events).toEqual([c, a]);
    expect(hook.current().result?.events[0]).toBe(c);
    act(() => hook.current().setKey('q=marf'));
    // The previous result stays while the new one is asked for: no flicker to nothing.
    expect(hook.current().pending).toBe(true);
    expect(hook.current().result?.events).toEqual([c, a]);
    server.asked[1]!.answer({ ids: ['b'], facets: facets(1) });
    await settle();
    expect(hook.current().result).toMatchObject({ events: [b], key: 'q=marf' });
    expect(hook.current().pending).toBe(false);
  });

  it('drops an answer to filters that changed since it was asked', async () => {
    const server = heldServer();
    const hook = render(server, 'q=one');
    act(() => hook.current().setKey('q=two'));
    // The newer answer comes first, the older one after it: the older one must not win.
    server.asked[1]!.answer({ ids: ['b'], facets: facets(1) });
    await settle();
    server.asked[0]!.answer({ ids: ['a', 'c'], facets: facets(2) });
    await settle();
    expect(hook.current().result).toMatchObject({ events: [b], key: 'q=two' });
  });

  it('takes no ids as every loaded event, and asks nothing in browser mode', async () => {
    const server = heldServer();
    const hook = render(server, '', 'browser');
    expect(server.asked).toEqual([]);
    expect(hook.current().result).toBeNull();
    act(() => hook.current().setMode('server'));
    server.asked[0]!.answer({ ids: null, facets: facets(3) });
    await settle();
    expect(hook.current().result?.events).toEqual([a, b, c]);
    act(() => hook.current().setMode('browser'));
    expect(hook.current().result).toBeNull();
  });
});
