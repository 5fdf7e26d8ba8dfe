// The upload's state (agency, kind, file, column and type choices) and its exchange with the server: check, check again, store.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgencyKind } from '../../../../server/contract/common';
import { api, type ReviewDto } from '../../../shared/api/api';
import { useResource } from '../../../shared/hooks/use-resource';
import { isAgencyKind } from '../../../shared/lib/agencies';
import { uploadChronology, type UploadOutcome } from '../lib/upload';
import { mergeHeaders } from '../lib/upload-outcome';

export type Phase = 'idle' | 'checking' | 'checked' | 'storing' | 'stored';

interface SendOptions {
  dryRun: boolean;
  file?: File | null;
  mapping?: Record<string, string | null>;
  typeMap?: Record<string, string>;
  sheet?: string | null;
}

export function useUpload(review: ReviewDto, onStored: () => void) {
  const [submissions] = useResource(() => api.listSubmissions(review.id), [review.id]);
  // The reviewer also picks from the agencies the review expects, by the name and kind they
  // were listed with: an upload is matched to its expected agency by that name.
  const [expected] = useResource(
    () =>
      review.myRole === 'reviewer'
        ? api.listExpectedAgencies(review.id).catch(() => [])
        : Promise.resolve([]),
    [review.id, review.myRole],
  );
  // A submitter uploads for their own agency only: the name is theirs and cannot be changed.
  const lockedAgency = review.myRole === 'submitter' ? review.myAgency : null;
  const [agency, setAgency] = useState(lockedAgency ?? '');
  const [kind, setKind] = useState<AgencyKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [typeMap, setTypeMap] = useState<Record<string, string>>({});
  const [headers, setHeaders] = useState<string[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const [stale, setStale] = useState(false);
  const [sheet, setSheet] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const knownAgencies = new Map<string, AgencyKind>();
  for (const s of submissions.data ?? []) knownAgencies.set(s.agency, s.agencyKind);
  for (const e of expected.data ?? [])
    if (!knownAgencies.has(e.name)) knownAgencies.set(e.name, e.kind);
  // A submitter's agency keeps the kind it was uploaded with last time.
  useEffect(() => {
    if (!lockedAgency || kind) return;
    const name = lockedAgency.toLocaleLowerCase('en-GB');
    const known = [...knownAgencies].find(([a]) => a.toLocaleLowerCase('en-GB') === name);
    if (known) setKind(known[1]);
  }, [submissions.data]);

  async function send(options: SendOptions) {
    const chosen = options.file ?? file;
    if (!chosen || !agency.trim()) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setPhase(options.dryRun ? 'checking' : 'storing');
    setProgress(0);
    const result = await uploadChronology(
      {
        reviewId: review.id,
        agency: agency.trim(),
        agencyKind: kind || null,
        file: chosen,
        mapping: options.mapping ?? mapping,
        typeMap: options.typeMap ?? typeMap,
        dryRun: options.dryRun,
        sheet: options.sheet === undefined ? sheet : options.sheet,
      },
      setProgress,
      controller.signal,
    );
    if (controller.signal.aborted) return;
    setOutcome(result);
    setStale(false);
    if (result.kind === 'report') {
      const r = result.report;
      setHeaders((old) => mergeHeaders(old, r.headers));
      setPhase(r.dryRun ? 'checked' : 'stored');
      if (!r.dryRun) onStored();
    } else {
      if (result.kind === 'rejected') {
        const b = result.body;
        setHeaders((old) => mergeHeaders(old, b.headers ?? []));
      }
      setPhase('checked');
    }
  }

  /** The agency's name as typed: a known agency brings its kind; a file checked before is stale. */
  function typeAgency(value: string) {
    if (lockedAgency) return;
    setAgency(value);
    const known = knownAgencies.get(value.trim());
    if (known) setKind(known);
    if (file) setStale(true);
  }

  function chooseKind(value: string) {
    setKind(isAgencyKind(value) ? value : '');
    if (file) setStale(true);
  }

  function chooseFile(next: File) {
    setFile(next);
    setMapping({});
    setTypeMap({});
    setHeaders([]);
    setSheet(null);
    setOutcome(null);
    setPhase('idle');
    if (agency.trim())
      void send({ dryRun: true, file: next, mapping: {}, typeMap: {}, sheet: null });
  }

  /** Another sheet has other columns: the mapping starts again. */
  function chooseSheet(next: string) {
    setSheet(next);
    setMapping({});
    setHeaders([]);
    void send({ dryRun: true, mapping: {}, sheet: next });
  }

  function changeMappings(changes: Record<string, string | null>) {
    const next = { ...mapping, ...changes };
    setMapping(next);
    void send({ dryRun: true, mapping: next });
  }

  function changeTypeMap(word: string, code: string | null) {
    const next = { ...typeMap };
    if (code) next[word] = code;
    else delete next[word];
    setTypeMap(next);
    void send({ dryRun: true, typeMap: next });
  }

  return {
    lockedAgency,
    knownAgencies,
    agency,
    kind,
    file,
    typeMap,
    headers,
    phase,
    progress,
    outcome,
    stale,
    busy: phase === 'checking' || phase === 'storing',
    send,
    typeAgency,
    chooseKind,
    chooseFile,
    chooseSheet,
    changeMappings,
    changeTypeMap,
  };
}
