// The month (or, over a long period, year) marks under the walk-through's strip.
import { monthMarks } from '../../lib/present-strip';
import type { StripRange } from '../../lib/walkthrough';

export function PresentMonths({ range }: { range: StripRange }) {
  return (
    <div class="pstrip-months" aria-hidden="true">
      {monthMarks(range).map((m) => (
        <span key={m.at} style={{ left: `${m.at}%` }}>
          {m.label}
        </span>
      ))}
    </div>
  );
}
