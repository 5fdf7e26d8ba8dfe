import { useState } from 'preact/hooks';
import type { EventDto } from '../../../../../server/contract/events';
import { EpisodeEnds, EpisodeForm } from '../../../../shared/notes/episode-form';
import { EditDeleteButtons } from '../../../../shared/notes/editable-note';
import { ThemeList } from '../../../../shared/notes/note-card';
import { ErrorNote } from '../../../../shared/ui';
import { useAction } from '../../../../shared/hooks/use-action';
import { api, type ReviewDto } from '../../../../shared/api/api';
import type { EpisodeDto } from '../../../../shared/api/api-types';
import { NO_FILTERS } from '../../../../shared/lib/filters';
import { ASSESSMENT_LABELS } from '../../../../shared/lib/notes';
import type { Abilities } from '../../../../shared/lib/roles';
import { reviewPath } from '../../../../shared/lib/routes';
import { presentSearch } from '../../lib/walkthrough';

export function EpisodeCard({
  review,
  episode,
  byId,
  knownThemes,
  can,
  onChanged,
}: {
  review: ReviewDto;
  episode: EpisodeDto;
  byId: ReadonlyMap<string, EventDto>;
  knownThemes: readonly string[];
  can: Abilities;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, run] = useAction(onChanged);
  const start = episode.start.eventId ? byId.get(episode.start.eventId) : undefined;
  const end = episode.end.eventId ? byId.get(episode.end.eventId) : undefined;
  const problems = [
    episode.start.status !== 'attached'
      ? `its first record is ${endWords(episode.start.status)}`
      : null,
    episode.end.status !== 'attached' ? `its last record is ${endWords(episode.end.status)}` : null,
  ].filter(Boolean);
  const walk =
    start && end
      ? reviewPath(
          review.id,
          'present',
          presentSearch({
            filters: { ...NO_FILTERS, from: start.date.earliest, to: end.date.latest },
            event: start.id,
          }),
        )
      : null;
  return (
    <li class={`episode-card assessment-${episode.assessment}`} data-episode-id={episode.id}>
      {editing ? (
        <EpisodeForm
          start={start}
          end={end}
          initial={episode}
          knownThemes={knownThemes}
          submitLabel="Save episode"
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            await api.updateEpisode(review.id, episode.id, {
              ...draft,
              startEventId: episode.start.eventId ?? (episode.start.originalEventId as string),
              endEventId: episode.end.eventId ?? (episode.end.originalEventId as string),
            });
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        <>
          <div class="episode-card-head">
            <span class={`assessment-badge assessment-${episode.assessment}`}>
              {ASSESSMENT_LABELS[episode.assessment]}
            </span>
            <h3 class="episode-title">{episode.title}</h3>
          </div>
          <EpisodeEnds start={start} end={end} />
          {problems.length > 0 ? (
            <p class="note warn-text">Check this episode: {problems.join('; ')}.</p>
          ) : null}
          {episode.summary ? <p class="pre">{episode.summary}</p> : null}
          {episode.factors.length > 0 ? (
            <>
              <h4>Contributory factors</h4>
              <ul class="factor-list">
                {episode.factors.map((f, i) => (
                  <li key={i}>{f}</li>
                ))}
              </ul>
            </>
          ) : null}
          <ThemeList themes={episode.themes} />
          <div class="note-actions">
            {walk && can.present ? (
              <a class="button" href={walk}>
                Walk through it
              </a>
            ) : null}
            {can.annotate ? (
              <EditDeleteButtons
                onEdit={() => setEditing(true)}
                confirming={confirming}
                onConfirming={setConfirming}
                deleteLabel="Delete this episode"
                onDelete={() => void run(() => api.deleteEpisode(review.id, episode.id))}
              />
            ) : null}
          </div>
        </>
      )}
      {error ? <ErrorNote error={error} /> : null}
    </li>
  );
}

function endWords(status: EpisodeDto['start']['status']): string {
  return status === 'orphaned'
    ? 'gone from the agency’s current chronology'
    : 'changed since the episode was marked';
}
