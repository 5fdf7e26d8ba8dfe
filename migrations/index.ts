import type { Migration } from 'kysely';
import * as createCoreTables from './2026_11_25_1200_create_core_tables';
import * as rulesLinksSearch from './2026_11_25_1800_rules_links_search';
import * as accountsAudit from './2026_11_25_2000_accounts_audit';
import * as walkthrough from './2026_11_25_2200_walkthrough';
import * as glossaryConfirmed from './2026_11_25_2300_glossary_confirmed';
import * as eventTypeBasis from './2026_12_03_1910_event_type_basis';
import * as addReviewKind from './2026_12_03_1920_add_review_kind';
import * as chainAuditLog from './2026_12_03_1930_chain_audit_log';
import * as redactedSearch from './2026_12_03_1931_redacted_search';
import * as sharedThrottles from './2026_12_05_2350_shared_throttles';
import * as expectedAgencies from './2026_12_07_2100_expected_agencies';
import * as questions from './2026_12_07_2110_questions';

// A static list, not a folder scan: a scan breaks once the server is bundled. Keys sort by
// their date prefix, which is the order Kysely applies them in.
export const migrations: Record<string, Migration> = {
  '2026_11_25_1200_create_core_tables': createCoreTables,
  '2026_11_25_1800_rules_links_search': rulesLinksSearch,
  '2026_11_25_2000_accounts_audit': accountsAudit,
  '2026_11_25_2200_walkthrough': walkthrough,
  '2026_11_25_2300_glossary_confirmed': glossaryConfirmed,
  '2026_12_03_1910_event_type_basis': eventTypeBasis,
  '2026_12_03_1920_add_review_kind': addReviewKind,
  '2026_12_03_1930_chain_audit_log': chainAuditLog,
  '2026_12_03_1931_redacted_search': redactedSearch,
  '2026_12_05_2350_shared_throttles': sharedThrottles,
  '2026_12_07_2100_expected_agencies': expectedAgencies,
  '2026_12_07_2110_questions': questions,
};
