import type { Generated } from 'kysely';

// Table shapes as SQL sees them (snake_case). Services map rows to contract DTOs, so these
// names never leak into the API.

export interface ReviewTable {
  id: string;
  reference: string;
  title: string;
  period_start: string;
  period_end: string;
  jurisdiction: string;
  created_at: string;
  revision: Generated<number>;
  marking: Generated<string>;
  glossary_confirmed_at: Generated<string | null>;
  /** child | domestic-homicide | adult: with the jurisdiction, the packs the review starts with. */
  kind: Generated<string>;
}

export interface AgencyTable {
  id: string;
  review_id: string;
  name: string;
  name_key: string;
  kind: string;
  mapping_json: string | null;
  type_map_json: string | null;
  created_at: string;
}

export interface SubmissionTable {
  id: string;
  review_id: string;
  agency_id: string;
  version: number;
  file_name: string | null;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  sha256: string;
  byte_size: number;
  event_count: number;
  warning_count: number;
  headers_json: string;
  mapping_json: string;
  type_map_json: string;
  warnings_json: string;
  created_at: string;
  superseded_at: string | null;
  search_indexed_at: Generated<string | null>;
}

export interface EventTable {
  id: string;
  review_id: string;
  submission_id: string;
  agency_id: string;
  seq: number;
  row_number: number;
  date_text: string;
  date_earliest: string;
  date_latest: string;
  date_precision: string;
  date_uncertain: number;
  time: string | null;
  end_date_text: string | null;
  end_date_earliest: string | null;
  end_date_latest: string | null;
  end_date_precision: string | null;
  end_date_uncertain: number | null;
  end_time: string | null;
  type: string;
  type_text: string | null;
  /** JSON `TypeBasis`: which text decided `type`, and its words. Null before it was kept. */
  type_basis_json: string | null;
  team: string | null;
  practitioner: string | null;
  subjects_json: string;
  child_seen: number | null;
  seen_alone: number | null;
  description: string | null;
  outcome: string | null;
  analysis: string | null;
  source_ref: string | null;
  cells_json: string;
}

export interface ReviewRuleTable {
  id: string;
  review_id: string;
  rule_key: string;
  position: number;
  document_json: string;
  created_at: string;
  updated_at: string;
}

export interface EventLinkTable {
  id: string;
  review_id: string;
  event_a: string;
  event_b: string;
  kind: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  is_admin: number;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type MemberRole = 'reviewer' | 'panel' | 'submitter';

export interface MembershipTable {
  id: string;
  review_id: string;
  user_id: string;
  role: MemberRole;
  agency_name: string | null;
  agency_key: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  user_email: string | null;
  action: string;
  review_id: string | null;
  target: string | null;
  detail_json: string | null;
  ip: string | null;
  /** SHA-256 of the row's columns and the previous row's hash (server/core/audit-chain.ts). */
  hash: string | null;
}

/** One counted key of a sign-in attempt (server/auth/sign-in-throttle.ts). */
export interface SignInFailureTable {
  attempt_id: string;
  /** SHA-256 of the key: the email and address, the email, or the address. */
  key: string;
  at_ms: number;
}

/** An audited action not to be recorded again for its key until `until_ms` (core/audit-log.ts). */
export interface AuditMarkTable {
  key: string;
  until_ms: number;
}

/** A submission whose events are in the redacted search index, and under which glossary. */
export interface RedactedSearchSubmissionTable {
  submission_id: string;
  glossary_key: string;
}

/** An annotation's place: the record it was made on, and how to find it after a re-upload. */
export interface AnchorColumns {
  event_id: string | null;
  agency_key: string | null;
  source_ref: string | null;
  content_hash: string | null;
}

export interface AnnotationTable extends AnchorColumns {
  id: string;
  review_id: string;
  kind: string;
  text: string;
  themes_json: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface EpisodeTable {
  id: string;
  review_id: string;
  title: string;
  assessment: string;
  summary: string;
  factors_json: string;
  themes_json: string;
  start_event_id: string | null;
  start_agency_key: string | null;
  start_source_ref: string | null;
  start_content_hash: string | null;
  end_event_id: string | null;
  end_agency_key: string | null;
  end_source_ref: string | null;
  end_content_hash: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface GlossaryEntryTable {
  id: string;
  review_id: string;
  label: string;
  names_json: string;
  position: number;
}

export interface MeetingTable {
  id: string;
  review_id: string;
  chair_id: string;
  title: string;
  filter: string;
  position_event_id: string | null;
  position_seq: number;
  started_at: string;
  ended_at: string | null;
}

/** An agency a review expects a chronology from (issue #16). */
export interface ExpectedAgencyTable {
  id: string;
  review_id: string;
  name: string;
  name_key: string;
  kind: string;
  due_date: string | null;
  contact_name: string | null;
  contact_email: string | null;
  upload_refused_at: string | null;
  created_at: string;
}

/** A one-time link to join a review as an expected agency's submitter; the token's hash only. */
export interface InvitationTable {
  id: string;
  review_id: string;
  expected_agency_id: string;
  email: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

/**
 * A reviewer's question to an agency (issue #16): on one of its records (the anchor columns,
 * as a note's) or on its whole chronology (all three null). Open until answered_at is set.
 */
export interface QuestionTable {
  id: string;
  review_id: string;
  /** The agency asked, in name_key form (agencies.name_key, memberships.agency_key). */
  agency_key: string;
  /** 1 on a record, 0 on the whole chronology (an orphaned question has no anchor left). */
  on_record: number;
  event_id: string | null;
  source_ref: string | null;
  content_hash: string | null;
  text: string;
  asked_by: string | null;
  asked_at: string;
  answer_text: string | null;
  answered_by: string | null;
  answered_at: string | null;
  /** The agency's version that answered it, when answered by an upload. */
  answer_submission_id: string | null;
}

export interface Database {
  reviews: ReviewTable;
  agencies: AgencyTable;
  submissions: SubmissionTable;
  events: EventTable;
  review_rules: ReviewRuleTable;
  event_links: EventLinkTable;
  users: UserTable;
  sessions: SessionTable;
  memberships: MembershipTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailureTable;
  audit_marks: AuditMarkTable;
  redacted_search_submissions: RedactedSearchSubmissionTable;
  annotations: AnnotationTable;
  episodes: EpisodeTable;
  glossary_entries: GlossaryEntryTable;
  meetings: MeetingTable;
  expected_agencies: ExpectedAgencyTable;
  invitations: InvitationTable;
  questions: QuestionTable;
}
