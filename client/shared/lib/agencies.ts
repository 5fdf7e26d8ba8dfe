import type { AgencyKind } from '../../../server/contract/common';

/** Keyed by the contract's AgencyKind, so a kind added on the server fails the type check here. */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  police: 'Police',
  health: 'Health',
  'children-services': "Children's services",
  'adult-services': 'Adult services',
  housing: 'Housing',
  education: 'Education',
  probation: 'Probation',
  ambulance: 'Ambulance',
  voluntary: 'Voluntary sector',
  other: 'Other',
};

export const AGENCY_KINDS = Object.keys(AGENCY_KIND_LABELS) as AgencyKind[];

export function isAgencyKind(value: string): value is AgencyKind {
  return value in AGENCY_KIND_LABELS;
}

/**
 * Agency colours: one hue family per kind, darker and lighter variants when a review has two
 * agencies of one kind. Every screen asks this function, so an agency keeps its colour on the
 * overview, the lanes, the heat map, the table and the filters. Chosen for contrast on white
 * (text in these colours passes WCAG AA) and to stay apart under the common colour-vision
 * deficiencies; no red, which reviewers read as "alarm".
 */
const KIND_COLOURS: Record<AgencyKind, readonly string[]> = {
  police: ['#1f4e8c', '#4068a8', '#163a69'],
  health: ['#0f6e5c', '#2f8a72', '#0a5244'],
  'children-services': ['#7a3b8f', '#9456a8', '#5c2c6b'],
  housing: ['#8a5a1c', '#a06d2e', '#6b4513'],
  education: ['#806600', '#967a10', '#5f4c00'],
  probation: ['#4a5568', '#667085', '#2f3746'],
  'adult-services': ['#a03a62', '#b45478', '#7d2b4c'],
  ambulance: ['#8c3b2b', '#a44f3d', '#6d2d20'],
  voluntary: ['#4d7a1f', '#608f2f', '#3a5c17'],
  other: ['#5b6472', '#737c8a', '#434a55'],
};

export interface AgencyRef {
  agency: string;
  kind: AgencyKind;
}

/** Deterministic: the same set of agencies always gets the same colours, in any order. */
export function agencyColours(agencies: readonly AgencyRef[]): Map<string, string> {
  const byKind = new Map<AgencyKind, string[]>();
  const unique = new Map<string, AgencyKind>();
  for (const { agency, kind } of agencies) if (!unique.has(agency)) unique.set(agency, kind);
  for (const [agency, kind] of [...unique].sort(([a], [b]) => a.localeCompare(b, 'en-GB'))) {
    byKind.set(kind, [...(byKind.get(kind) ?? []), agency]);
  }
  const colours = new Map<string, string>();
  for (const [kind, names] of byKind) {
    const palette = KIND_COLOURS[kind];
    names.forEach((name, i) => colours.set(name, palette[i % palette.length] as string));
  }
  return colours;
}
