import { useState } from 'preact/hooks';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { formatDay } from '../../../../shared/lib/dates';
import type { GapDto, GapRuleSummaryDto } from '../../../../shared/api/api-types';
import { houseDate } from '../../../../../server/contract/house-date';

interface Props {
  gaps: readonly GapDto[] | null;
  /** Every flag in the review. */
  total: number;
  /** How many of them were fetched (the first pages, certain ones first). */
  fetched?: number;
  /** Counts per rule, of every flag. */
  rules?: readonly GapRuleSummaryDto[];
  events: ReadonlyMap<string, TimelineEvent>;
  selectedGapId: string | null;
  onSelect: (gap: GapDto) => void;
}

const UNIT_NAMES: Record<GapDto['limit']['unit'], [string, string]> = {
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  'working-days': ['working day', 'working days'],
  months: ['month', 'months'],
};

export function unitName(amount: number, unit: GapDto['limit']['unit']): string {
  const [one, many] = UNIT_NAMES[unit];
  const shown = Number.isInteger(amount) ? amount : Math.round(amount * 10) / 10;
  return `${shown.toLocaleString('en-GB')} ${shown === 1 ? one : many}`;
}

function elapsedText(gap: GapDto): string {
  const { min, max, unit } = gap.elapsed;
  if (min === max) return unitName(min, unit);
  return `${Math.round(min * 10) / 10}–${unitName(max, unit)}`;
}

/**
 * Every gap flag the rules raise, certain ones first. A certain flag breaches its limit on any
 * reading of the dates; a possible one only on the longest reading (an approximate date).
 */
export function GapList({
  gaps,
  total,
  fetched = total,
  rules = [],
  events,
  selectedGapId,
  onSelect,
}: Props) {
  // A long review can raise thousands of flags: draw the first fifty, more on request.
  const [limit, setLimit] = useState(50);
  if (gaps === null) {
    return (
      <p class="empty">
        Gap flags are not available on this server yet: the gap engine (GET /api/reviews/:id/gaps)
        has not been installed. The timeline and the table work without it.
      </p>
    );
  }
  if (total === 0)
    return <p class="empty">No gap flags: every rule’s expected event came within its limit.</p>;
  if (gaps.length === 0)
    return (
      <p class="empty">No gap flags involve the events these filters show ({total} in all).</p>
    );
  const sorted = [...gaps].sort((a, b) =>
    a.certainty === b.certainty
      ? a.start.localeCompare(b.start)
      : a.certainty === 'certain'
        ? -1
        : 1,
  );
  return (
    <>
      {fetched < total ? <GapSummary total={total} fetched={fetched} rules={rules} /> : null}
      <ol class="gap-list" aria-label="Gap flags">
        {sorted
          .slice(0, Math.max(limit, sorted.findIndex((g) => g.id === selectedGapId) + 1))
          .map((gap) => {
            const trigger = events.get(gap.triggerEventId);
            const expected = gap.expectedEventId ? events.get(gap.expectedEventId) : undefined;
            return (
              <li key={gap.id}>
                <button
                  type="button"
                  class={`gap gap-card gap-${gap.certainty} ${gap.id === selectedGapId ? 'gap-selected' : ''}`}
                  onClick={() => onSelect(gap)}
                  data-gap-id={gap.id}
                  data-expected={gap.expectedEventId ? 'true' : 'false'}
                  data-start={gap.start}
                  data-end={gap.end}
                >
                  <span class="gap-head">
                    <span class={`gap-badge gap-badge-${gap.certainty}`}>
                      {gap.certainty === 'certain' ? 'Certain' : 'Possible'}
                    </span>
                    <span class="gap-name">{gap.ruleName}</span>
                  </span>
                  <span class="gap-message">{gap.message}</span>
                  {gap.id === selectedGapId ? (
                    <>
                      <span class="gap-meta">
                        {formatDay(gap.start)} → {formatDay(gap.end)} · {elapsedText(gap)} against a
                        limit of {unitName(gap.limit.amount, gap.limit.unit)}
                      </span>
                      <span class="gap-meta">
                        From:{' '}
                        {trigger
                          ? `${trigger.agency}, ${houseDate(trigger.date)}`
                          : 'an event these filters hide'}
                        {gap.expectedEventId
                          ? ` · to: ${expected ? `${expected.agency}, ${houseDate(expected.date)}` : 'an event these filters hide'}`
                          : ' · nothing recorded by the end of the period'}
                      </span>
                      <span class="gap-why">Why it matters: {gap.why}</span>
                    </>
                  ) : null}
                  <span class="gap-source">
                    {gap.basis === 'procedure'
                      ? 'Source'
                      : gap.basis === 'practice'
                        ? 'Common practice (confirm locally)'
                        : 'Local expectation'}
                    : {gap.source}
                  </span>
                </button>
              </li>
            );
          })}
      </ol>
      {sorted.length > limit ? (
        <button type="button" class="button" onClick={() => setLimit(limit + 200)}>
          Show {Math.min(200, sorted.length - limit)} more of{' '}
          {sorted.length.toLocaleString('en-GB')}
        </button>
      ) : null}
    </>
  );
}

/** When a review has more flags than were fetched: how many there are, rule by rule. */
function GapSummary({
  total,
  fetched,
  rules,
}: {
  total: number;
  fetched: number;
  rules: readonly GapRuleSummaryDto[];
}) {
  return (
    <div class="gap-summary" data-testid="gap-summary">
      <p>
        {total.toLocaleString('en-GB')} gap flags in all; the first{' '}
        {fetched.toLocaleString('en-GB')} (certain ones first) are listed and drawn.
      </p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.ruleId}>
            {rule.ruleName}: {rule.certain.toLocaleString('en-GB')} certain,{' '}
            {rule.possible.toLocaleString('en-GB')} possible
          </li>
        ))}
      </ul>
    </div>
  );
}
