import { createHash } from 'node:crypto';

// Pure: how an annotation finds its record again after the agency uploads a new version.
// A new version gives every record a new event id, so a note cannot hold on by id alone.
// It holds on by the agency's own source reference (their record number), and failing that
// by the record's content; a note is never silently dropped.

/** The parts of a record whose change means "the source changed" for a note on it. */
export interface AnchorContent {
  dateText: string;
  time: string | null;
  endDateText: string | null;
  type: string;
  typeText: string | null;
  description: string | null;
  outcome: string | null;
  subjectsJson: string;
}

export function contentHashOf(c: AnchorContent): string {
  const normal = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(
      JSON.stringify([
        normal(c.dateText),
        normal(c.time),
        normal(c.endDateText),
        c.type,
        normal(c.typeText),
        normal(c.description),
        normal(c.outcome),
        c.subjectsJson,
      ]),
    )
    .digest('base64url');
}

/** A current record as the index sees it. */
export interface AnchorTarget {
  id: string;
  agencyKey: string;
  sourceRef: string | null;
  contentHash: string;
}

/** What a note was attached to when it was made. */
export interface Anchor {
  eventId: string | null;
  agencyKey: string | null;
  sourceRef: string | null;
  contentHash: string | null;
}

/**
 * - attached: the record is there and unchanged (same id, or same reference/content).
 * - source-changed: the agency's record with that reference is there but reads differently
 *   now; the note is shown on it, flagged, until a reviewer looks again.
 * - orphaned: no current record has that reference or that content; the note is listed apart.
 */
export type AnchorStatus = 'attached' | 'source-changed' | 'orphaned';

export interface Resolved {
  status: AnchorStatus;
  /** The current record the note is on, or null when orphaned. */
  eventId: string | null;
}

const refKey = (agencyKey: string, sourceRef: string) =>
  `${agencyKey}\u0000${sourceRef.trim().toLowerCase()}`;

export class AnchorIndex {
  private readonly byId = new Map<string, AnchorTarget>();
  private readonly byRef = new Map<string, AnchorTarget[]>();
  private readonly byContent = new Map<string, AnchorTarget>();

  constructor(targets: Iterable<AnchorTarget>) {
    for (const t of targets) {
      this.byId.set(t.id, t);
      if (t.sourceRef?.trim()) {
        const key = refKey(t.agencyKey, t.sourceRef);
        const list = this.byRef.get(key);
        if (list) list.push(t);
        else this.byRef.set(key, [t]);
      }
      const contentKey = `${t.agencyKey}\u0000${t.contentHash}`;
      if (!this.byContent.has(contentKey)) this.byContent.set(contentKey, t);
    }
  }

  resolve(anchor: Anchor): Resolved {
    if (anchor.eventId && this.byId.has(anchor.eventId)) {
      return { status: 'attached', eventId: anchor.eventId };
    }
    if (!anchor.agencyKey) return { status: 'orphaned', eventId: null };
    if (anchor.sourceRef?.trim()) {
      const candidates = this.byRef.get(refKey(anchor.agencyKey, anchor.sourceRef)) ?? [];
      const same = candidates.find((c) => c.contentHash === anchor.contentHash);
      if (same) return { status: 'attached', eventId: same.id };
      // A reference shared by several records with none unchanged: the first, flagged.
      if (candidates[0]) return { status: 'source-changed', eventId: candidates[0].id };
    }
    const byContent = anchor.contentHash
      ? this.byContent.get(`${anchor.agencyKey}\u0000${anchor.contentHash}`)
      : undefined;
    if (byContent) return { status: 'attached', eventId: byContent.id };
    return { status: 'orphaned', eventId: null };
  }
}
