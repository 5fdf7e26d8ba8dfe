import type { Static } from 'typebox';
import type { ReviewDto } from '../contract/reviews';
import type {
  EventDto,
  EventListResponse,
  EventWithRawSchema,
  FacetsDto,
} from '../contract/events';
import type { GapListResponse, RuleListResponse } from '../contract/rules';
import type { AnnotationsResponse, MeetingDto } from '../contract/walkthrough';
import type { AnnexDto } from '../contract/annex';
import type { QuestionDto, QuestionsDto } from '../contract/questions';
import { encodeFeed, type TimelineEvent, type TimelineFeed } from '../contract/feed';
import { feedTextsAsSeen } from './feed-as-seen';
import { IDENTITY, type Redactor } from './redact';
import { panelGapId } from './rule-ids';

/**
 * The one boundary between what was written and what a reader is shown. Each function takes a
 * response as written and gives it as the view reads it; routes return their DTO through one of
 * them (docs/architecture.md, "Redaction: one boundary").
 *
 * Each shape redacts every string in it except the ones it names as kept: ids, codes, dates,
 * counts and the agency's own name, which are ours or the agency's and hold no person. A field
 * added to a contract is therefore redacted until someone decides it is not free text, and
 * tests/unit/as-seen.test.ts, which fills every string of a full sample with a name, fails
 * when a kept field is added without saying so there too.
 */
export interface View {
  readonly redact: Redactor;
  /**
   * Rule ids as the panel reads them (panelRuleIds), or null where ids are shown as written.
   * Only the gap page and the rule list use it.
   */
  readonly ruleIds?: ReadonlyMap<string, string> | null;
}

/** Everything as written: a reviewer editing rules, a submitter reading their own records. */
export const AS_WRITTEN: View = { redact: IDENTITY, ruleIds: null };

/** The shapes a route may declare (`config.asSeen`); "as-written" is for reviewers' routes. */
export const SHAPES = [
  'eventList',
  'timelineFeed',
  'eventDetail',
  'gapPage',
  'rules',
  'notes',
  'meeting',
  'review',
  'reviewList',
  'annex',
  'questions',
  'question',
  'as-written',
] as const;
export type Shape = (typeof SHAPES)[number];

/** Which function gave each response: boundary.ts refuses a response its route's shape did not. */
const madeBy = new WeakMap<object, Shape>();

function made<T extends object>(shape: Shape, dto: T): T {
  madeBy.set(dto, shape);
  return dto;
}

/** The shape whose function gave this response, if one did. */
export function shapeOf(payload: unknown): Shape | undefined {
  return payload && typeof payload === 'object' ? madeBy.get(payload) : undefined;
}

/** A response a reviewer-only route gives as written (its route declares "as-written"). */
export function asWritten<T extends object>(dto: T): T {
  return made('as-written', dto);
}

export type EventListDto = Static<typeof EventListResponse>;
export type EventDetailDto = Static<typeof EventWithRawSchema>;
export type GapPageDto = Static<typeof GapListResponse>;
export type RuleListDto = Static<typeof RuleListResponse>;
export type NotesDto = Static<typeof AnnotationsResponse>;

/** Whether the string at a path (keys joined by dots; a list adds no key) is left as written. */
type Kept = (path: string, key: string) => boolean;

/** Kept at these paths and everything under them. */
function keptPaths(paths: readonly string[]): Kept {
  return (path) => paths.some((p) => path === p || path.startsWith(`${p}.`));
}

/**
 * A copy of value with every string redacted but the kept ones. Under a path in `textKeyed`
 * (a record keyed by text: raw cells under the file's headers) the keys are redacted too.
 */
function redactAllBut<T>(
  value: T,
  redact: Redactor,
  kept: Kept,
  textKeyed: ReadonlySet<string> = new Set(),
): T {
  if (redact === IDENTITY) return value;
  const walk = (v: unknown, path: string, key: string): unknown => {
    if (typeof v === 'string') return kept(path, key) ? v : redact(v);
    if (Array.isArray(v)) return v.map((item) => walk(item, path, key));
    if (v && typeof v === 'object') {
      const keyed = textKeyed.has(path);
      // fromEntries keeps a "__proto__" key (a header) as data.
      return Object.fromEntries(
        Object.entries(v).map(([k, item]) =>
          keyed
            ? [redact(k), walk(item, path, key)]
            : [k, walk(item, path ? `${path}.${k}` : k, k)],
        ),
      );
    }
    return v;
  };
  return walk(value, '', '') as T;
}

/** The agency's name, the type code, the dates and times and ids: the agency's or ours. */
const EVENT_KEPT = [
  'id',
  'agency',
  'agencyKind',
  'submissionId',
  'date',
  'time',
  'endDate',
  'endTime',
  'type',
] as const;

/** One event of the timeline. */
export function eventAsSeen<T extends EventDto>(event: T, view: View): T {
  return redactAllBut(event, view.redact, keptPaths(EVENT_KEPT));
}

/**
 * The timeline page. Its facets are not redacted here: events.service counts them after
 * redaction (two names of one person are one label), so they already read as the view does.
 */
export function eventListAsSeen(page: EventListDto, view: View): EventListDto {
  return made('eventList', { ...page, events: page.events.map((e) => eventAsSeen(e, view)) });
}

/**
 * The timeline feed (contract/feed.ts): the events as the view reads them, then in columns.
 * Every string but the event's kept ones is redacted (its type words, people and label). The
 * label arrives longer than LABEL_LENGTH (events/feed.service.ts says how much) and encodeFeed
 * cuts it after redaction, so a name at the cut is replaced whole, never half-kept.
 */
export function timelineFeedAsSeen(
  page: { events: readonly TimelineEvent[]; facets?: FacetsDto; labels?: boolean },
  view: View,
): TimelineFeed {
  const { events, facets, labels = true } = page;
  const feed =
    view.redact === IDENTITY
      ? encodeFeed(events, undefined, labels)
      : feedTextsAsSeen(encodeFeed(events, view.redact, labels), view.redact);
  // Facets are counted after redaction by events.service (see eventListAsSeen).
  return made('timelineFeed', facets ? { ...feed, facets } : feed);
}

/**
 * One event with its provenance. The raw cells' headers are the agency's words too ("Jane's
 * GP"), so they are redacted with the cells; so are the file's name and the words that decided
 * the type.
 */
export function eventDetailAsSeen(event: EventDetailDto, view: View): EventDetailDto {
  return made(
    'eventDetail',
    redactAllBut(
      event,
      view.redact,
      keptPaths([...EVENT_KEPT, 'typeBasis.from', 'version']),
      new Set(['raw']),
    ),
  );
}

/** A gap's ids, codes, dates and counts; its message, why, rule name and source are text. */
const GAP_KEPT = [
  'id',
  'ruleId',
  'kind',
  'certainty',
  'triggerEventId',
  'expectedEventId',
  'start',
  'end',
  'elapsed',
  'limit',
  'basis',
];

/**
 * A page of gaps. Messages quote dates and agencies, but rules are free text a reviewer may have
 * written a name into, so they pass through the same redactor as the records. Rule ids are a
 * reviewer's words too: with view.ruleIds the panel gets them as the rule list gives them.
 * Only the page is redacted, not every flag of the review: call it after paging.
 */
export function gapPageAsSeen(page: GapPageDto, view: View): GapPageDto {
  const { redact, ruleIds } = view;
  const texts = redactAllBut(
    page,
    redact,
    keptPaths([
      ...GAP_KEPT.map((k) => `gaps.${k}`),
      'counts',
      'total',
      'limit',
      'offset',
      'rules.ruleId',
      'rules.first',
    ]),
  );
  const shown = (id: string) => (ruleIds ? (ruleIds.get(id) ?? redact(id)) : id);
  return made('gapPage', {
    ...texts,
    gaps: texts.gaps.map((g) => ({
      ...g,
      id: ruleIds ? panelGapId(g.id, g.ruleId, shown(g.ruleId)) : g.id,
      ruleId: shown(g.ruleId),
    })),
    rules: texts.rules.map((r) => ({ ...r, ruleId: shown(r.ruleId) })),
  });
}

/**
 * The keys of a rule whose strings are codes, not words: its id (given through view.ruleIds),
 * the vocabulary's type codes, agency kinds, units and the enums. Every other string of a rule
 * (its name, why, source, a label, the words it looks for) is a reviewer's and is redacted.
 */
const RULE_KEPT_KEYS = new Set([
  'id',
  'kind',
  'types',
  'agencyKinds',
  'scope',
  'unit',
  'basis',
  'updatedAt',
]);

/** The review's rules. Without view.ruleIds ids are left as written. */
export function rulesAsSeen(list: RuleListDto, view: View): RuleListDto {
  const ids = view.ruleIds;
  const texts = redactAllBut(list, view.redact, (_path, key) => RULE_KEPT_KEYS.has(key));
  return made(
    'rules',
    ids ? { rules: texts.rules.map((r) => ({ ...r, id: ids.get(r.id)! })) } : texts,
  );
}

/**
 * The review's notes and episodes: their words, themes and the source reference a note keeps
 * (an agency's record id can hold a surname). Two themes that redact alike are one theme.
 */
export function notesAsSeen(notes: NotesDto, view: View): NotesDto {
  const texts = redactAllBut(
    notes,
    view.redact,
    keptPaths([
      'annotations.id',
      'annotations.kind',
      'annotations.status',
      'annotations.eventId',
      'annotations.originalEventId',
      'annotations.createdAt',
      'annotations.updatedAt',
      'episodes.id',
      'episodes.assessment',
      'episodes.start',
      'episodes.end',
      'episodes.createdAt',
      'episodes.updatedAt',
    ]),
  );
  return made('notes', { ...texts, themes: [...new Set(texts.themes)] });
}

/**
 * A question's kept strings: ids, codes and times, the agency's name, and who asked and answered
 * (users of the app, as a meeting's chair is). Its words, its answer's words and the record's
 * source reference (an agency's record id can hold a surname) are redacted.
 */
const QUESTION_KEPT = [
  'id',
  'agency',
  'status',
  'on',
  'eventId',
  'anchor',
  'originalEventId',
  'askedBy',
  'askedAt',
  'answeredBy',
  'answeredAt',
  'answerSubmissionId',
] as const;

/** Questions to the agencies and their answers (issue #16), with their counts per agency. */
export function questionsAsSeen(list: QuestionsDto, view: View): QuestionsDto {
  return made(
    'questions',
    redactAllBut(
      list,
      view.redact,
      keptPaths([...QUESTION_KEPT.map((k) => `questions.${k}`), 'counts.agency']),
    ),
  );
}

/** One question and its answer. */
export function questionAsSeen(question: QuestionDto, view: View): QuestionDto {
  // redactAllBut gives the same object back as written: the mark goes on a copy.
  return made('question', { ...redactAllBut(question, view.redact, keptPaths(QUESTION_KEPT)) });
}

/**
 * The running meeting. Its title and filter are a reviewer's words (?subject=…): the filter's
 * values are redacted, its keys are the events list's parameters. The chair's name is a user of
 * the app, not a person in the records.
 */
export function meetingAsSeen(meeting: MeetingDto, view: View): MeetingDto {
  const texts = redactAllBut(
    meeting,
    view.redact,
    keptPaths(['id', 'chairId', 'chairName', 'filter', 'position', 'startedAt', 'endedAt']),
  );
  const filter = new URLSearchParams(meeting.filter);
  for (const [key, value] of [...filter]) filter.set(key, view.redact(value));
  return made('meeting', { ...texts, filter: filter.toString() });
}

/** A review: its title may name the child ("the baby of …"); the rest is ours. */
export function reviewAsSeen(review: ReviewDto, view: View): ReviewDto {
  return made(
    'review',
    redactAllBut(
      review,
      view.redact,
      keptPaths([
        'id',
        'reference',
        'periodStart',
        'periodEnd',
        'jurisdiction',
        'kind',
        'marking',
        'createdAt',
        'myRole',
        'myAgency',
        'myAgencyDue',
      ]),
    ),
  );
}

/** The reviews a user may open, each already given through reviewAsSeen with its own view. */
export function reviewListAsSeen(reviews: ReviewDto[]): { reviews: ReviewDto[] } {
  for (const review of reviews) {
    if (shapeOf(review) !== 'review') throw new Error('A review was listed without reviewAsSeen.');
  }
  return made('reviewList', { reviews });
}

declare const annexSeen: unique symbol;
/** The annex as the reader's view reads it: only annexAsSeen makes one. */
export type AnnexAsSeen = AnnexDto & { readonly [annexSeen]: true };

/**
 * The report's annex. Kept: the reference and marking (ours), the dates and times, the agency's
 * name and the heading of a review note ("Key event", ours). Everything else is redacted,
 * including the type's label: ours for a known code, but the agency's words where the code has
 * no label. Lists are redacted item by item; annex-rows.ts then lists a person once when two
 * of their names read alike ("Jane; Ms Smith" is "Mother").
 */
export function annexAsSeen(annex: AnnexDto, view: View): AnnexAsSeen {
  const seen = redactAllBut(
    annex,
    view.redact,
    keptPaths([
      'reference',
      'marking',
      'events.date',
      'events.dateText',
      'events.time',
      'events.endDateText',
      'events.agencyName',
      'events.annotations.kind',
    ]),
  );
  // redactAllBut gives the same object back as written: the mark goes on a copy.
  return made('annex', { ...seen }) as AnnexAsSeen;
}
