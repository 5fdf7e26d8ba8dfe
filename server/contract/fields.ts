/** The fields of an agency chronology (DOMAIN.md, "An agency chronology: the fields"). */
export const CANONICAL_FIELDS = [
  'date',
  'time',
  'endDate',
  'endTime',
  'agency',
  'team',
  'practitioner',
  'type',
  'subjects',
  'childSeen',
  'seenAlone',
  'description',
  'outcome',
  'analysis',
  'sourceRef',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

export function isCanonicalField(name: string): name is CanonicalField {
  return (CANONICAL_FIELDS as readonly string[]).includes(name);
}

/** How a field is named in messages and in the upload report. */
export const FIELD_NAMES: Record<CanonicalField, string> = {
  date: 'date',
  time: 'time',
  endDate: 'end date',
  endTime: 'end time',
  agency: 'agency',
  team: 'team',
  practitioner: 'practitioner',
  type: 'event type',
  subjects: 'who was involved',
  childSeen: 'child seen',
  seenAlone: 'seen alone',
  description: 'description',
  outcome: 'outcome',
  analysis: 'analysis',
  sourceRef: 'source reference',
};
