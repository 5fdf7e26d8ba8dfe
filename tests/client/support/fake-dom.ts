import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

/**
 * Just enough of the DOM for Preact to draw a component into, to read its markup without a
 * browser: elements keep their attributes, text nodes their text. Properties Preact would set on
 * a real element (value, checked) land as attributes here, which is what a test reads anyway.
 */
export class FakeNode {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  attributes = new Map<string, string>();
  data = '';
  constructor(
    readonly nodeType: 1 | 3,
    readonly localName: string,
  ) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  insertBefore(node: FakeNode, before: FakeNode | null) {
    node.parentNode?.removeChild(node);
    const at = before ? this.childNodes.indexOf(before) : -1;
    this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, node);
    node.parentNode = this;
    return node;
  }
  appendChild(node: FakeNode) {
    return this.insertBefore(node, null);
  }
  removeChild(node: FakeNode) {
    this.childNodes = this.childNodes.filter((n) => n !== node);
    node.parentNode = null;
    return node;
  }
  remove() {
    this.parentNode?.removeChild(this);
  }
  setAttribute(name: string, value: unknown) {
    this.attributes.set(name, String(value));
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  addEventListener() {}
  removeEventListener() {}
  get textContent(): string {
    return this.nodeType === 3 ? this.data : this.childNodes.map((n) => n.textContent).join('');
  }
  /** Every element below this one, in document order, with this tag name. */
  all(localName: string): FakeNode[] {
    return this.childNodes.flatMap((n) =>
      n.nodeType === 1 ? [...(n.localName === localName ? [n] : []), ...n.all(localName)] : [],
    );
  }
  one(localName: string): FakeNode {
    const [found] = this.all(localName);
    if (!found) throw new Error(`No <${localName}> in the markup.`);
    return found;
  }
}

const fakeDocument = {
  createElementNS: (_namespace: string, name: string) => new FakeNode(1, name),
  createElement: (name: string) => new FakeNode(1, name),
  createTextNode: (text: string) => Object.assign(new FakeNode(3, '#text'), { data: String(text) }),
};

/** Puts the fake document in place of the page's, and gives a root to draw into. */
export function fakeRoot(): FakeNode {
  vi.stubGlobal('document', fakeDocument);
  return new FakeNode(1, 'div');
}

/** Draws `vnode` into a fake root and returns the root, to read the markup from. */
export function renderMarkup(vnode: ComponentChild): FakeNode {
  const root = fakeRoot();
  act(() => render(vnode, root as unknown as HTMLElement));
  return root;
}
