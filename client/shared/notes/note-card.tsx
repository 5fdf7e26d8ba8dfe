import type { ComponentChildren } from 'preact';
import type { AnnotationDto } from '../api/api-types';
import { NOTE_KIND_LABELS } from '../lib/notes';

/** A note as every screen shows it: its kind, text, themes, and whether its record changed. */
export function NoteCard({
  note,
  children,
}: {
  note: Pick<AnnotationDto, 'kind' | 'text' | 'themes' | 'status'>;
  children?: ComponentChildren;
}) {
  return (
    <div class={`note-card kind-${note.kind}`} data-kind={note.kind}>
      <div class="note-card-head">
        <span class={`kind-badge kind-${note.kind}`}>{NOTE_KIND_LABELS[note.kind]}</span>
        {note.status === 'source-changed' ? (
          <span
            class="tag tag-warn"
            title="The agency re-uploaded this record and its content changed since the note was written"
          >
            source changed
          </span>
        ) : null}
      </div>
      {note.text ? <p class="note-text pre">{note.text}</p> : null}
      <ThemeList themes={note.themes} />
      {children}
    </div>
  );
}

/** A note's or an episode's themes as tags; nothing when it has none. */
export function ThemeList({ themes }: { themes: readonly string[] }) {
  if (themes.length === 0) return null;
  return (
    <ul class="theme-list" aria-label="Themes">
      {themes.map((t) => (
        <li key={t} class="theme-tag">
          {t}
        </li>
      ))}
    </ul>
  );
}
