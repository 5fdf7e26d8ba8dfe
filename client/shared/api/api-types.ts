import type { Static } from 'typebox';
import type { FacetsDto } from '../../../server/contract/events';
import type { DuplicateListResponse, LinkDto } from '../../../server/contract/links';
import type {
  GapDto,
  GapRuleSummaryDto,
  RuleDocument,
  RuleSchema,
} from '../../../server/contract/rules';
import type {
  AnnotationDto,
  AnnotationKind,
  EpisodeDto,
  EpisodeInput,
  MeetingDto,
} from '../../../server/contract/walkthrough';

/**
 * Types of the gap, rule and duplicate API, taken from the server's contract (type-only
 * imports: nothing of the server reaches the bundle). Values the client needs at run time are
 * repeated here with `satisfies`, so a change on the server fails the type check.
 */
export type { GapDto, GapRuleSummaryDto, RuleDocument };

/** The flags a page shows: the first pages of them, how many there are, and counts per rule. */
export interface GapSet {
  gaps: GapDto[];
  /** Every flag in the review; more than `gaps.length` when only the first pages were fetched. */
  total: number;
  rules: GapRuleSummaryDto[];
}
export type GapCertainty = GapDto['certainty'];
export type RuleDto = Static<typeof RuleSchema>;
export type DuplicateSuggestion = Static<typeof DuplicateListResponse>['suggestions'][number];
export type EventLink = LinkDto;
export type LinkKind = LinkDto['kind'];
export type EventFacets = Pick<FacetsDto, 'agency' | 'type' | 'subject'>;
export type FacetValue = FacetsDto['agency'][number];

export const LINK_KINDS = [
  'same-incident',
  'related',
  'conflict',
] as const satisfies readonly LinkKind[];

// The walk-through (issue #6): notes on records, key practice episodes, meetings, the glossary.
export type { AnnotationDto, AnnotationKind, EpisodeDto, EpisodeInput, MeetingDto };
export type AnchorStatus = AnnotationDto['status'];
export type EpisodeAssessment = EpisodeDto['assessment'];

export const ANNOTATION_KINDS = [
  'key-event',
  'missed-opportunity',
  'good-practice',
  'learning-point',
] as const satisfies readonly AnnotationKind[];

export const EPISODE_ASSESSMENTS = [
  'good',
  'problematic',
] as const satisfies readonly EpisodeAssessment[];

/** GET /api/reviews/:id/annotations: notes and episodes placed on the current records. */
export interface NotesResponse {
  annotations: AnnotationDto[];
  episodes: EpisodeDto[];
  /** Every theme in use, A–Z. */
  themes: string[];
}

/** One row of the people glossary: a role label and the names and aliases it stands for. */
export interface GlossaryEntry {
  label: string;
  names: string[];
}
