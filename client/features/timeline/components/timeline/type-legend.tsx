import type { TypeFamily } from '../../../../shared/lib/event-types';

const LEGEND: { family: TypeFamily; label: string }[] = [
  { family: 'contact', label: 'Contact' },
  { family: 'missed', label: 'No access / missed' },
  { family: 'referral', label: 'Referral' },
  { family: 'info', label: 'Info shared' },
  { family: 'incident', label: 'Incident' },
  { family: 'intelligence', label: 'Intelligence' },
  { family: 'concern', label: 'Concern' },
  { family: 'protection', label: 'Protection (child / adult)' },
  { family: 'assessment', label: 'Assessment' },
  { family: 'decision', label: 'Decision' },
  { family: 'meeting', label: 'Meeting' },
  { family: 'health', label: 'Health' },
  { family: 'housing', label: 'Housing' },
  { family: 'critical', label: 'Critical' },
  { family: 'other', label: 'Other' },
];

export function TypeLegend() {
  return (
    <details class="menu">
      <summary class="button">Key</summary>
      <div class="menu-list legend">
        <ul>
          {LEGEND.map(({ family, label }) => (
            <li key={family}>
              <span class={`type-dot t-${family}`} aria-hidden="true" /> {label}
            </li>
          ))}
        </ul>
        <ul>
          <li>
            <span class="legend-approx" aria-hidden="true" /> Approximate date: the range it could
            fall in
          </li>
          <li>
            <span class="legend-uncertain" aria-hidden="true">
              ?
            </span>{' '}
            The agency marked the date as uncertain
          </li>
          <li>
            <span class="legend-gap legend-gap-certain" aria-hidden="true" /> Gap flag, certain
          </li>
          <li>
            <span class="legend-gap legend-gap-possible" aria-hidden="true" /> Gap flag, possible
          </li>
        </ul>
      </div>
    </details>
  );
}
