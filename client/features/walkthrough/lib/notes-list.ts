// How the notes page orders and groups its lists: episodes by the date they start, notes by whether their record is still there.
import type { EventDto } from '../../../../server/contract/events';
import type { AnnotationDto, EpisodeDto } from '../../../shared/api/api-types';

/** Episodes by the earliest date of their first record; episodes without one (or not loaded) last. */
export function episodesByStart(
  episodes: readonly EpisodeDto[],
  byId: ReadonlyMap<string, EventDto>,
): EpisodeDto[] {
  const day = (e: EpisodeDto) =>
    (e.start.eventId ? byId.get(e.start.eventId)?.date.earliest : undefined) ?? '9999';
  return [...episodes].sort((a, b) => day(a).localeCompare(day(b)));
}

/** Notes still on their record, on one whose content changed since, and on one gone; in order. */
export function notesByStatus(notes: readonly AnnotationDto[]): {
  attached: AnnotationDto[];
  changed: AnnotationDto[];
  orphaned: AnnotationDto[];
} {
  return {
    attached: notes.filter((n) => n.status === 'attached'),
    changed: notes.filter((n) => n.status === 'source-changed'),
    orphaned: notes.filter((n) => n.status === 'orphaned'),
  };
}
