import type {
  AnnotationDto,
  AnnotationKind,
  EpisodeDto,
  EpisodeInput,
  GlossaryEntry,
  MeetingDto,
  NotesResponse,
} from './api-types';
import { json, request, reviewBase } from './http';
import { viewSuffix, type ViewMode } from '../lib/view-mode';

/** The walk-through: notes on records, key practice episodes, the glossary, meetings. */
export const walkthroughApi = {
  listNotes: (reviewId: string, view: ViewMode = 'anonymised') =>
    request<NotesResponse>(`${reviewBase(reviewId)}/annotations${viewSuffix(view)}`),
  createNote: (
    reviewId: string,
    input: { eventId: string; kind: AnnotationKind; text: string; themes: string[] },
  ) =>
    request<AnnotationDto>(`${reviewBase(reviewId)}/annotations`, {
      method: 'POST',
      ...json(input),
    }),
  updateNote: (
    reviewId: string,
    noteId: string,
    input: { kind: AnnotationKind; text: string; themes: string[]; reattach?: boolean },
  ) =>
    request<AnnotationDto>(`${reviewBase(reviewId)}/annotations/${encodeURIComponent(noteId)}`, {
      method: 'PUT',
      ...json(input),
    }),
  deleteNote: (reviewId: string, noteId: string) =>
    request<null>(`${reviewBase(reviewId)}/annotations/${encodeURIComponent(noteId)}`, {
      method: 'DELETE',
    }),
  createEpisode: (reviewId: string, input: EpisodeInput) =>
    request<EpisodeDto>(`${reviewBase(reviewId)}/episodes`, { method: 'POST', ...json(input) }),
  updateEpisode: (reviewId: string, episodeId: string, input: EpisodeInput) =>
    request<EpisodeDto>(`${reviewBase(reviewId)}/episodes/${encodeURIComponent(episodeId)}`, {
      method: 'PUT',
      ...json(input),
    }),
  deleteEpisode: (reviewId: string, episodeId: string) =>
    request<null>(`${reviewBase(reviewId)}/episodes/${encodeURIComponent(episodeId)}`, {
      method: 'DELETE',
    }),
  getGlossary: (reviewId: string) =>
    request<{ entries: GlossaryEntry[] }>(`${reviewBase(reviewId)}/glossary`).then(
      (r) => r.entries,
    ),
  putGlossary: (reviewId: string, entries: GlossaryEntry[]) =>
    request<{ entries: GlossaryEntry[] }>(`${reviewBase(reviewId)}/glossary`, {
      method: 'PUT',
      ...json({ entries }),
    }).then((r) => r.entries),
  /** The meeting running now, or null when there is none (the API's 204). */
  currentMeeting: (reviewId: string) =>
    request<MeetingDto | null>(`${reviewBase(reviewId)}/meetings/current`),
  startMeeting: (reviewId: string, input: { title?: string; filter: string }) =>
    request<MeetingDto>(`${reviewBase(reviewId)}/meetings`, { method: 'POST', ...json(input) }),
  moveMeeting: (reviewId: string, meetingId: string, eventId: string) =>
    request<MeetingDto>(
      `${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}/position`,
      { method: 'PUT', ...json({ eventId }) },
    ),
  endMeeting: (reviewId: string, meetingId: string) =>
    request<MeetingDto>(`${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}`, {
      method: 'DELETE',
    }),
};

/** The follower's stream of a meeting (server-sent events: `position`, `ended`). */
export function meetingStreamUrl(reviewId: string, meetingId: string): string {
  return `${reviewBase(reviewId)}/meetings/${encodeURIComponent(meetingId)}/stream`;
}
