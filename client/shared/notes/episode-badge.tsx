import type { EpisodeDto } from '../api/api-types';
import { ASSESSMENT_LABELS, type EpisodeRole } from '../lib/notes';

/** What the record is to the episode, in the badge's words. */
const ROLE_WORDS: Record<EpisodeRole, string> = {
  start: 'starts here',
  end: 'ends here',
  'start-end': 'starts and ends here',
  inside: 'this record is inside it',
};

export function EpisodeBadge({ episode, role }: { episode: EpisodeDto; role: EpisodeRole }) {
  return (
    <div class={`episode-badge assessment-${episode.assessment}`} data-testid="episode-badge">
      <span class="episode-badge-kind">
        Key practice episode · {ASSESSMENT_LABELS[episode.assessment]}
      </span>
      <span class="episode-badge-title">{episode.title}</span>
      <span class="episode-badge-role">{ROLE_WORDS[role]}</span>
    </div>
  );
}
