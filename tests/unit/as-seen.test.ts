import { describe, it, expect } from 'vitest';
import {
  AS_WRITTEN,
  annexAsSeen,
  eventAsSeen,
  eventDetailAsSeen,
  eventListAsSeen,
  gapPageAsSeen,
  meetingAsSeen,
  notesAsSeen,
  questionAsSeen,
  questionsAsSeen,
  reviewAsSeen,
  rulesAsSeen,
  timelineFeedAsSeen,
  type EventDetailDto,
  type EventListDto,
  type GapPageDto,
  type NotesDto,
  type RuleListDto,
  type View,
} from '../../server/anonymise/as-seen';
import { buildRedactor } from '../../server/anonymise/redact';
import { panelRuleIds } from '../../server/anonymise/rule-ids';
import { EventListResponse, EventSchema, EventWithRawSchema } from '../../server/contract/events';
import { ReviewSchema, type ReviewDto } from '../../server/contract/reviews';
import { GapListResponse, RuleListResponse } from '../../server/contract/rules';
import {
  AnnotationsResponse,
  MeetingSchema,
  type MeetingDto,
} from '../../server/contract/walkthrough';
import type { EventDto } from '../../server/contract/events';
import { AnnexSchema, type AnnexDto } from '../../server/contract/annex';
import {
  QuestionSchema,
  QuestionsResponse,
  type QuestionDto,
  type QuestionsDto,
} from '../../server/contract/questions';
import { decodeFeed, type TimelineEvent } from '../../server/contract/feed';

/**
 * Each shape is tried on a full sample made from its contract schema, with a glossary name in
 * every string and every record key: a field added to a contract is in the sample at once. What
 * may still hold the name afterwards is listed here, by path, as a decision a reader can check.
 */
const NAME = 'Quillfeather';
const redact = buildRedactor([{ label: 'Mother', names: [NAME] }]);
const view: View = { redact, ruleIds: null };

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
};

/** A value the schema accepts, every string of it naming NAME (enums excepted: they are codes). */
function sample(input: unknown): unknown {
  const schema = input as Schema;
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map(sample));
  if (schema.anyOf) return sample(schema.anyOf.find((s) => s.type !== 'null')!);
  if (schema.enum) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const pattern = Object.values(schema.patternProperties ?? {})[0];
      if (pattern) return { [`${NAME}'s GP`]: sample(pattern) };
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, sample(s)]),
      );
    }
    case 'array':
      return [sample(schema.items!)];
    case 'string':
      return `Seen by ${NAME}`;
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      throw new Error(`No sample for ${JSON.stringify(schema)}`);
  }
}

/** Every path (keys joined by dots; a list adds none) where the output still holds NAME. */
function pathsNaming(value: unknown, path = ''): string[] {
  if (typeof value === 'string')
    return value.toLowerCase().includes(NAME.toLowerCase()) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item) => pathsNaming(item, path));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, item]) => {
      const p = path ? `${path}.${k}` : k;
      return [...pathsNaming(k, `${p} (key)`), ...pathsNaming(item, p)];
    });
  }
  return [];
}

/** Every path of a string in the value. */
function stringPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item) => stringPaths(item, path));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, item]) =>
      stringPaths(item, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

const unique = (paths: string[]) => [...new Set(paths)].sort();

/** An event's ids, agency, dates, times and type code: not the agency's words about people. */
const EVENT_KEPT = [
  'agency',
  'date.earliest',
  'date.latest',
  'date.text',
  'endDate.earliest',
  'endDate.latest',
  'endDate.text',
  'endTime',
  'id',
  'submissionId',
  'time',
  'type',
];

describe('eventAsSeen', () => {
  const event = sample(EventSchema) as EventDto;

  it('the sample names NAME in every string, so the test covers every field', () => {
    expect(stringPaths(event).length).toBeGreaterThan(EVENT_KEPT.length);
    const codes = ['agencyKind', 'date.precision', 'endDate.precision'];
    expect(unique(pathsNaming(event))).toEqual(
      unique(stringPaths(event)).filter((p) => !codes.includes(p)),
    );
  });

  it('leaves NAME only in the kept fields', () => {
    expect(unique(pathsNaming(eventAsSeen(event, view)))).toEqual(EVENT_KEPT);
  });

  it('gives the label where the name was', () => {
    const seen = eventAsSeen(event, view);
    expect(seen.description).toBe('Seen by Mother');
    expect(seen.subjects).toEqual(['Seen by Mother']);
  });

  it('changes nothing as written', () => {
    expect(eventAsSeen(event, AS_WRITTEN)).toBe(event);
  });

  it('leaves the input as it was', () => {
    const before = structuredClone(event);
    eventAsSeen(event, view);
    expect(event).toEqual(before);
  });
});

describe('eventListAsSeen', () => {
  it('redacts every event; the facets are counted after redaction by the service', () => {
    const page = sample(EventListResponse) as EventListDto;
    expect(unique(pathsNaming(eventListAsSeen(page, view)))).toEqual(
      unique([
        ...EVENT_KEPT.map((p) => `events.${p}`),
        'facets.agency.value',
        'facets.agencyKind.value',
        'facets.subject.value',
        'facets.type.value',
      ]),
    );
  });
});

describe('timelineFeedAsSeen', () => {
  // The feed's days are numbers: its sample's dates are real ones, so only texts can name.
  const full = sample(EventSchema) as EventDto;
  const day = { earliest: '2018-06-01', latest: '2018-06-02' };
  const event: TimelineEvent = {
    ...full,
    date: { ...full.date, ...day },
    endDate: { ...full.endDate!, ...day },
    label: `${full.description!} ${'x'.repeat(200)}`,
  };

  it('leaves NAME only in the kept fields, and cuts the label after redaction', () => {
    const decoded = decodeFeed(timelineFeedAsSeen({ events: [event] }, view));
    expect(unique(pathsNaming(decoded))).toEqual(
      EVENT_KEPT.filter((p) => !/earliest|latest|submissionId/.test(p)),
    );
    expect(decoded[0]!.label).toBe(`Seen by Mother ${'x'.repeat(200)}`.slice(0, 120));
    expect(decoded[0]!.subjects).toEqual(['Seen by Mother']);
  });
});

describe('eventDetailAsSeen', () => {
  const event = sample(EventWithRawSchema) as EventDetailDto;

  it('redacts the raw cells and their headers, the file name and the type basis words', () => {
    expect(pathsNaming(event)).toContain("raw.Quillfeather's GP (key)");
    expect(unique(pathsNaming(eventDetailAsSeen(event, view)))).toEqual(EVENT_KEPT);
  });

  it('keeps a "__proto__" header as a cell', () => {
    const withProto = { ...event, raw: Object.fromEntries([['__proto__', NAME]]) };
    expect(Object.entries(eventDetailAsSeen(withProto, view).raw)).toEqual([
      ['__proto__', 'Mother'],
    ]);
  });
});

describe('gapPageAsSeen', () => {
  const page = sample(GapListResponse) as GapPageDto;
  const ruleId = `custom.${NAME.toLowerCase()}`;
  page.gaps[0]!.ruleId = ruleId;
  page.gaps[0]!.id = `${ruleId}:e1`;
  page.rules[0]!.ruleId = ruleId;
  const GAP_KEPT = [
    'gaps.expectedEventId',
    'gaps.end',
    'gaps.start',
    'gaps.triggerEventId',
    'rules.first',
  ];

  it('for the panel, leaves NAME in no rule id, gap id or text', () => {
    const panel: View = { redact, ruleIds: panelRuleIds([ruleId], redact) };
    const seen = gapPageAsSeen(page, panel);
    expect(unique(pathsNaming(seen))).toEqual(unique(GAP_KEPT));
    expect(seen.gaps[0]!.ruleId).toBe('custom.Mother#1');
    expect(seen.gaps[0]!.id).toBe('custom.Mother#1:e1');
    expect(seen.rules[0]!.ruleId).toBe('custom.Mother#1');
  });

  it('for a reviewer, keeps rule ids as written and redacts the text', () => {
    expect(unique(pathsNaming(gapPageAsSeen(page, view)))).toEqual(
      unique([...GAP_KEPT, 'gaps.id', 'gaps.ruleId', 'rules.ruleId']),
    );
  });
});

describe('rulesAsSeen', () => {
  const list = sample(RuleListResponse) as RuleListDto;
  const ruleId = `custom.${NAME.toLowerCase()}`;
  list.rules[0]!.id = ruleId;

  it('for the panel, leaves NAME only in codes (type patterns) and the update time', () => {
    const seen = rulesAsSeen(list, { redact, ruleIds: panelRuleIds([ruleId], redact) });
    expect(unique(pathsNaming(seen))).toEqual(
      unique([
        'rules.expect.or.types',
        'rules.expect.types',
        'rules.trigger.or.types',
        'rules.trigger.types',
        'rules.updatedAt',
        'rules.while.from.or.types',
        'rules.while.from.types',
        'rules.while.until.or.types',
        'rules.while.until.types',
      ]),
    );
    expect(seen.rules[0]!.id).toBe('custom.Mother#1');
  });

  it('as written for a reviewer, who edits them', () => {
    expect(rulesAsSeen(list, AS_WRITTEN)).toBe(list);
  });
});

describe('notesAsSeen', () => {
  const notes = sample(AnnotationsResponse) as NotesDto;

  it('leaves NAME only in ids and times', () => {
    expect(unique(pathsNaming(notesAsSeen(notes, view)))).toEqual(
      unique([
        'annotations.createdAt',
        'annotations.eventId',
        'annotations.id',
        'annotations.originalEventId',
        'annotations.updatedAt',
        'episodes.createdAt',
        'episodes.end.eventId',
        'episodes.end.originalEventId',
        'episodes.id',
        'episodes.start.eventId',
        'episodes.start.originalEventId',
        'episodes.updatedAt',
      ]),
    );
  });

  it('two themes that redact alike are one', () => {
    const seen = notesAsSeen({ ...notes, themes: [NAME, 'Mother', 'Housing'] }, view);
    expect(seen.themes).toEqual(['Mother', 'Housing']);
  });
});

describe('meetingAsSeen', () => {
  const meeting = {
    ...(sample(MeetingSchema) as MeetingDto),
    filter: `subject=${NAME}&from=2024-01-01`,
  };

  it('leaves NAME only in ids, times and the chair (a user, not a person in the records)', () => {
    expect(unique(pathsNaming(meetingAsSeen(meeting, view)))).toEqual(
      unique(['chairId', 'chairName', 'endedAt', 'id', 'position', 'startedAt']),
    );
  });

  it('redacts the filter’s values', () => {
    expect(meetingAsSeen(meeting, view).filter).toBe('subject=Mother&from=2024-01-01');
  });
});

describe('questionsAsSeen', () => {
  /** Ids, times, the agency's name and the app's users who asked and answered. */
  const KEPT = [
    'agency',
    'answerSubmissionId',
    'answeredAt',
    'answeredBy',
    'askedAt',
    'askedBy',
    'eventId',
    'id',
    'originalEventId',
  ];

  it('redacts the question, the answer and the source reference; keeps ids, times, agency, users', () => {
    const list = sample(QuestionsResponse) as QuestionsDto;
    expect(unique(pathsNaming(questionsAsSeen(list, view)))).toEqual(
      unique(['counts.agency', ...KEPT.map((k) => `questions.${k}`)]),
    );
    const one = sample(QuestionSchema) as QuestionDto;
    const seen = questionAsSeen(one, view);
    expect(unique(pathsNaming(seen))).toEqual(unique(KEPT));
    expect(seen.answerText).toBe('Seen by Mother');
  });
});

describe('reviewAsSeen', () => {
  const review = sample(ReviewSchema) as ReviewDto;

  it('redacts the title; the rest is ours', () => {
    expect(unique(pathsNaming(reviewAsSeen(review, view)))).toEqual(
      unique([
        'createdAt',
        'id',
        'marking',
        'myAgency',
        'myAgencyDue',
        'periodEnd',
        'periodStart',
        'reference',
      ]),
    );
  });
});

describe('annexAsSeen', () => {
  const annex = sample(AnnexSchema) as AnnexDto;

  it('the sample names NAME in every string, so the test covers every field', () => {
    expect(unique(pathsNaming(annex))).toEqual(unique(stringPaths(annex)));
  });

  it('leaves NAME only in the dates, times, agency, reference, marking and note headings', () => {
    expect(unique(pathsNaming(annexAsSeen(annex, view)))).toEqual(
      unique([
        'events.agencyName',
        'events.annotations.kind',
        'events.date',
        'events.dateText',
        'events.endDateText',
        'events.time',
        'marking',
        'reference',
      ]),
    );
  });

  it('gives the label where the name was, the type label and title included', () => {
    const seen = annexAsSeen(annex, view);
    expect(seen.title).toBe('Seen by Mother');
    expect(seen.events[0]!.typeLabel).toBe('Seen by Mother');
    expect(seen.events[0]!.subjects).toEqual(['Seen by Mother']);
  });
});
