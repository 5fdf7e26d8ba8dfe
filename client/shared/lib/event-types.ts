import vocabulary from '../../../server/contract/event-types.json';

/** Colour families for event types: one hue per family, so a lane reads at a glance. */
export type TypeFamily =
  | 'contact'
  | 'missed'
  | 'referral'
  | 'info'
  | 'incident'
  | 'intelligence'
  | 'concern'
  | 'protection'
  | 'assessment'
  | 'decision'
  | 'meeting'
  | 'case'
  | 'health'
  | 'housing'
  | 'justice'
  | 'critical'
  | 'other';

export interface EventTypeInfo {
  code: string;
  /** The vocabulary's label (server/contract/event-types.json). */
  label: string;
  /** A few words, for timeline items and narrow columns. */
  short: string;
  family: TypeFamily;
}

const SHORT_LABELS: Record<string, string> = {
  'contact.home-visit': 'Home visit',
  'contact.office': 'Office/clinic',
  'contact.phone': 'Phone call',
  'contact.message': 'Letter/email/text',
  'contact.no-access': 'No access',
  'contact.not-brought': 'Missed appointment',
  'referral.sent': 'Referral sent',
  'referral.received': 'Referral received',
  'referral.acknowledged': 'Referral acknowledged',
  'info.shared': 'Information shared',
  'incident.domestic': 'Domestic incident',
  'incident.police': 'Police attendance',
  'incident.injury': 'Injury',
  intelligence: 'Intelligence',
  concern: 'Concern',
  strategy: 'Strategy discussion',
  s47: 'S47 enquiry',
  'assessment.start': 'Assessment started',
  'assessment.complete': 'Assessment completed',
  decision: 'Decision',
  'family.informed': 'Family informed',
  'meeting.planning': 'Planning meeting',
  'meeting.conference': 'CP conference',
  'meeting.core-group': 'Core group',
  'register.add': 'Registered (CP)',
  'register.remove': 'De-registered (CP)',
  'case.open': 'Case opened',
  'case.transfer': 'Case transferred',
  'case.close': 'Case closed',
  'health.antenatal': 'Antenatal',
  'health.birth': 'Birth',
  'health.postnatal': 'Postnatal',
  'health.development': 'Development check',
  housing: 'Housing',
  justice: 'Court / justice',
  critical: 'Critical event',
  other: 'Other',
  'risk.assessment': 'Risk assessment',
  'marac.referral': 'MARAC referral',
  'marac.meeting': 'MARAC meeting',
  'idva.contact': 'IDVA contact',
  disclosure: 'DVDS disclosure',
  'justice.order': 'Order / bail conditions',
  'justice.breach': 'Breach',
  'health.emergency': 'ED attendance',
  'adult.concern': 'Adult concern',
  'adult.enquiry': 'S42 / adult enquiry',
};

const FAMILY_BY_CODE: Record<string, TypeFamily> = {
  'contact.no-access': 'missed',
  'contact.not-brought': 'missed',
  'info.shared': 'info',
  intelligence: 'intelligence',
  concern: 'concern',
  strategy: 'protection',
  s47: 'protection',
  'meeting.conference': 'protection',
  'meeting.core-group': 'protection',
  'family.informed': 'decision',
  critical: 'critical',
  housing: 'housing',
  justice: 'justice',
  // Domestic homicide and adult reviews: each joins the family whose colour it reads as.
  'risk.assessment': 'assessment',
  'marac.referral': 'referral',
  'marac.meeting': 'meeting',
  'idva.contact': 'contact',
  disclosure: 'info',
  'adult.concern': 'concern',
  'adult.enquiry': 'protection',
};

const FAMILY_BY_PREFIX: Record<string, TypeFamily> = {
  contact: 'contact',
  referral: 'referral',
  incident: 'incident',
  assessment: 'assessment',
  decision: 'decision',
  meeting: 'meeting',
  register: 'protection',
  case: 'case',
  health: 'health',
  justice: 'justice',
};

export function typeFamily(code: string): TypeFamily {
  return FAMILY_BY_CODE[code] ?? FAMILY_BY_PREFIX[code.split('.')[0] ?? ''] ?? 'other';
}

export const EVENT_TYPES: readonly EventTypeInfo[] = vocabulary.types.map(({ code, label }) => ({
  code,
  label,
  short: SHORT_LABELS[code] ?? label,
  family: typeFamily(code),
}));

const BY_CODE = new Map(EVENT_TYPES.map((t) => [t.code, t]));

/** Codes the server may add later still get a readable label and a neutral colour. */
export function eventType(code: string): EventTypeInfo {
  return BY_CODE.get(code) ?? { code, label: code, short: code, family: typeFamily(code) };
}

/** Prefixes a filter can name ("contact." = every contact), in vocabulary order. */
export const TYPE_PREFIXES: readonly { prefix: string; label: string }[] = [
  { prefix: 'contact.', label: 'Any contact' },
  { prefix: 'referral.', label: 'Any referral' },
  { prefix: 'incident.', label: 'Any incident' },
  { prefix: 'assessment.', label: 'Any assessment' },
  { prefix: 'meeting.', label: 'Any meeting' },
  { prefix: 'register.', label: 'Register' },
  { prefix: 'case.', label: 'Case status' },
  { prefix: 'health.', label: 'Any health milestone' },
  { prefix: 'marac.', label: 'MARAC referral or meeting' },
  { prefix: 'justice.', label: 'Orders and breaches' },
  { prefix: 'adult.', label: 'Adult safeguarding' },
];
