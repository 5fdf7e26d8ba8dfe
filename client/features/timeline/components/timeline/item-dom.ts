import type { TimelineItemSpec } from '../../../../shared/lib/timeline-items';

/**
 * DOM for vis-timeline, built with textContent only. vis-timeline accepts an element as an
 * item's content, a tooltip or a lane label and appends it as is; a string it would instead
 * pass through its XSS filter and insert as HTML, which would still render markup such as
 * <img> from an upload. Every string here can come from an agency's file.
 */
export function textElement(tag: string, text: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

export function itemContent(spec: TimelineItemSpec): HTMLElement {
  return textElement('span', spec.label, 'item-label');
}

export function tooltipContent(lines: readonly string[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'tip';
  lines.forEach((line, i) =>
    box.appendChild(textElement('div', line, i === 0 ? 'tip-head' : 'tip-line')),
  );
  return box;
}

export function laneLabel(
  name: string,
  colour: string,
  count: number | null,
  kind: 'agency' | 'gap' = 'agency',
): HTMLElement {
  const label = document.createElement('div');
  label.className = kind === 'gap' ? 'lane-label lane-label-gap' : 'lane-label';
  const swatch = document.createElement('span');
  swatch.className = kind === 'gap' ? 'gap-flag-mark' : 'swatch';
  if (colour) swatch.style.background = colour;
  label.appendChild(swatch);
  label.appendChild(textElement('span', name, 'lane-name'));
  if (count !== null)
    label.appendChild(textElement('span', count.toLocaleString('en-GB'), 'lane-count'));
  label.title = name;
  return label;
}
