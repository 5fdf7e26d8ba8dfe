import type { ComponentChildren } from 'preact';
import type { TimelineEvent } from '../../../../../server/contract/feed';
import { useResource } from '../../../../shared/hooks/use-resource';
import { api, type SubmissionDto } from '../../../../shared/api/api';
import { AGENCY_KIND_LABELS } from '../../../../shared/lib/agencies';
import { formatDay, formatInterval, formatTimestamp } from '../../../../shared/lib/dates';
import { eventType } from '../../../../shared/lib/event-types';
import { describeTypeBasis } from '../../../../shared/lib/type-basis';
import type { GapDto } from '../../../../shared/api/api-types';
import type { ViewMode } from '../../../../shared/lib/view-mode';
import { ErrorNote, Loading, Swatch } from '../../../../shared/ui';
import { houseDate } from '../../../../../server/contract/house-date';

interface Props {
  reviewId: string;
  event: TimelineEvent;
  /** Role labels or names, for the record's raw cells (the same view as the event itself). */
  view?: ViewMode;
  /** The review's notes on the record (shared/notes/event-notes.tsx), under its gap flags. */
  children?: ComponentChildren;
  colour: string | undefined;
  /** The review's uploads, to say when this record's file was uploaded. */
  submissionById: ReadonlyMap<string | null, SubmissionDto>;
  gaps: readonly GapDto[];
  onClose: () => void;
  onSelectGap: (gap: GapDto) => void;
}

const yesNo = (value: boolean | null) => (value === null ? 'not recorded' : value ? 'yes' : 'no');

/** Every field of one event, then where it came from: agency, file, version, row, raw cells. */
export function EventDetail({
  reviewId,
  event,
  view = 'anonymised',
  children,
  colour,
  submissionById,
  gaps,
  onClose,
  onSelectGap,
}: Props) {
  const [full] = useResource(
    () => api.getEvent(reviewId, event.id, view),
    [reviewId, event.id, view],
  );
  // The timeline's event has no free text or provenance: those come from the full record.
  const record = full.data;
  const submission = record ? submissionById.get(record.submissionId) : undefined;
  const fromRecord = (value: ComponentChildren) =>
    full.status === 'loading' ? <span class="muted">…</span> : value;
  const type = eventType(event.type);
  const approximate = event.date.precision !== 'day' || event.date.earliest !== event.date.latest;
  return (
    <article class="detail" aria-label="Event details" data-testid="event-detail">
      <header class="detail-head">
        <div>
          <div class="detail-when">{houseDate(event.date, event.time)}</div>
          <h2 class="detail-title">
            <span class={`type-dot t-${type.family}`} aria-hidden="true" />
            {type.label}
          </h2>
          <div class="detail-agency">
            <Swatch colour={colour} /> {event.agency}
          </div>
        </div>
        <button type="button" class="button-link" onClick={onClose} aria-label="Close the details">
          Close
        </button>
      </header>

      {gaps.length > 0 ? (
        <ul class="detail-gaps">
          {gaps.map((gap) => (
            <li key={gap.id}>
              <button
                type="button"
                class={`gap-badge gap-badge-${gap.certainty}`}
                onClick={() => onSelectGap(gap)}
              >
                {gap.certainty === 'certain' ? 'Gap' : 'Possible gap'}: {gap.ruleName}
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      {children}

      <dl class="fields">
        <Field label="Date as written">{event.date.text}</Field>
        <Field label="Read as">
          {formatInterval(event.date)}{' '}
          <span class="muted">
            ({event.date.precision}
            {event.date.uncertain ? ', marked uncertain' : ''})
          </span>
          {approximate ? (
            <div class="muted small">
              Drawn as a soft range from the earliest to the latest possible day.
            </div>
          ) : null}
        </Field>
        <Field label="Time">{event.time}</Field>
        {event.endDate ? (
          <Field label="Until">
            {houseDate(event.endDate, event.endTime)}{' '}
            <span class="muted">
              (as written: {event.endDate.text}
              {event.endTime ? ` ${event.endTime}` : ''})
            </span>
          </Field>
        ) : null}
        <Field label="Type">
          {type.label} <code>{event.type}</code>
          {describeTypeBasis(record?.typeBasis) ? (
            <div class="muted small" data-testid="type-basis">
              {describeTypeBasis(record?.typeBasis)}
            </div>
          ) : null}
        </Field>
        <Field label="Agency’s words">{event.typeText}</Field>
        <Field label="Team">{fromRecord(record?.team)}</Field>
        <Field label="Practitioner">{fromRecord(record?.practitioner)}</Field>
        <Field label="Who">{event.subjects.join(', ') || null}</Field>
        <Field label="Child seen">{yesNo(event.childSeen)}</Field>
        <Field label="Seen alone">{yesNo(event.seenAlone)}</Field>
        <Field label="Description" long>
          {fromRecord(record?.description ?? event.label)}
        </Field>
        <Field label="Outcome" long>
          {fromRecord(record?.outcome)}
        </Field>
        <Field label="Agency’s analysis" long>
          {fromRecord(record?.analysis)}
        </Field>
        <Field label="Source reference">{fromRecord(record?.sourceRef)}</Field>
      </dl>

      <h3>Provenance</h3>
      <dl class="fields">
        <Field label="Agency">
          {event.agency} <span class="muted">({AGENCY_KIND_LABELS[event.agencyKind]})</span>
        </Field>
        <Field label="File">{record?.fileName ?? submission?.fileName ?? null}</Field>
        <Field label="Version">
          {record?.version ?? submission?.version ?? null}
          {submission ? (
            <span class="muted"> · uploaded {formatTimestamp(submission.createdAt)}</span>
          ) : null}
        </Field>
        <Field label="Row">
          {fromRecord(record?.row)}{' '}
          <span class="muted">(spreadsheet row; the header is row 1)</span>
        </Field>
      </dl>
      <h3>The row as the agency wrote it</h3>
      {full.status === 'loading' ? <Loading /> : null}
      {full.status === 'error' ? <ErrorNote error={full.error} /> : null}
      {full.status === 'ready' ? (
        <table class="grid grid-compact raw-cells" aria-label="Raw cells">
          <tbody>
            {Object.entries(full.data.raw).map(([header, value]) => (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td class="pre">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {event.date.earliest < '1950-01-01' ? (
        <p class="muted small">Dated {formatDay(event.date.earliest)}.</p>
      ) : null}
    </article>
  );
}

function Field({
  label,
  children,
  long,
}: {
  label: string;
  children: ComponentChildren;
  long?: boolean;
}) {
  const empty = children === null || children === undefined || children === '';
  return (
    <div class={long ? 'field field-long' : 'field'}>
      <dt>{label}</dt>
      <dd class={empty ? 'muted' : long ? 'pre' : ''}>{empty ? '–' : children}</dd>
    </div>
  );
}
