import type { JSX } from 'preact';

/**
 * What a handler made outside the JSX receives from a form field: its currentTarget is the
 * input, select or text area, typed once here instead of cast at each use (handlers written
 * inline are typed by Preact).
 */
export type FieldChange = JSX.TargetedEvent<
  HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  Event
>;
