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

export interface Database {
  reviews: ReviewTable;
  agencies: AgencyTable;
  submissions: SubmissionTable;
  events: EventTable;
  review_rules: ReviewRuleTable;
  event_links: EventLinkTable;
}
