import type { Static } from 'typebox';
import type { FacetsDto } from '../../server/contract/events';
import type { DuplicateListResponse, LinkDto } from '../../server/contract/links';
import type { GapDto, RuleDocument, RuleSchema } from '../../server/contract/rules';

/**
 * Types of the gap, rule and duplicate API, taken from the server's contract (type-only
 * imports: nothing of the server reaches the bundle). Values the client needs at run time are
 * repeated here with `satisfies`, so a change on the server fails the type check.
 */
export type { GapDto, RuleDocument };
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
