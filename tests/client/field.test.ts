import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { Field } from '../../client/shared/components/field';
import { renderMarkup } from './support/fake-dom';

describe('Field', () => {
  it('wraps the input in its label, tied by for and id, and passes the rest to the input', () => {
    const root = renderMarkup(
      h(Field, { label: 'Email', name: 'email', type: 'email', required: true, class: 'span-2' }),
    );
    const label = root.one('label');
    const input = label.one('input');
    expect(label.getAttribute('class')).toBe('span-2');
    expect(label.textContent).toBe('Email');
    expect(input.getAttribute('id')).toBeTruthy();
    expect(label.getAttribute('for')).toBe(input.getAttribute('id'));
    expect(input.getAttribute('name')).toBe('email');
    expect(input.getAttribute('type')).toBe('email');
    expect(input.getAttribute('required')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('reads its hint and its error out with the control, and marks it invalid', () => {
    const root = renderMarkup(
      h(Field, {
        as: 'textarea',
        label: 'Summary',
        name: 'summary',
        hint: 'A line or two.',
        error: 'Too long.',
      }),
    );
    const control = root.one('textarea');
    const [hint, error] = root.one('label').all('span');
    expect(hint?.textContent).toBe('A line or two.');
    expect(error?.textContent).toBe('Too long.');
    expect(control.getAttribute('aria-describedby')).toBe(
      `${hint?.getAttribute('id')} ${error?.getAttribute('id')}`,
    );
    expect(control.getAttribute('aria-invalid')).toBe('true');
  });

  it('draws a select with its options, and a button beside the control', () => {
    const root = renderMarkup(
      h(
        Field,
        {
          as: 'select',
          label: 'Role',
          name: 'role',
          beside: h('button', { type: 'button' }, 'Go'),
        },
        h('option', { value: 'panel' }, 'Panel member'),
        h('option', { value: 'reviewer' }, 'Reviewer'),
      ),
    );
    const wrap = root.one('label').one('span');
    expect(wrap.getAttribute('class')).toBe('input-with-button');
    const select = wrap.one('select');
    expect(select.all('option').map((o) => o.textContent)).toEqual(['Panel member', 'Reviewer']);
    expect(wrap.one('button').textContent).toBe('Go');
    expect(root.one('label').getAttribute('for')).toBe(select.getAttribute('id'));
  });
});
