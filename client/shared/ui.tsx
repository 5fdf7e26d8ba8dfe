import type { ComponentChildren } from 'preact';
import { ApiError } from './api/api';

/** Small shared pieces: every message a user reads about a failure goes through ErrorNote. */

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  return (
    <div class="note note-error" role="alert">
      {title ? <strong>{title} </strong> : null}
      {errorMessage(error)}
    </div>
  );
}

export function Loading({ children = 'Loading…' }: { children?: ComponentChildren }) {
  return (
    <p class="muted" role="status">
      {children}
    </p>
  );
}

export function Swatch({ colour, label }: { colour: string | undefined; label?: string }) {
  return (
    <span
      class="swatch"
      style={{ background: colour ?? '#8a8f98' }}
      aria-hidden={label ? undefined : 'true'}
      title={label}
    />
  );
}

export function ProgressBar({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(Math.min(Math.max(fraction, 0), 1) * 100);
  return (
    <div
      class="progress"
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <div class="progress-bar" style={{ width: `${percent}%` }} />
      <span class="progress-label">
        {label} {percent}%
      </span>
    </div>
  );
}
