import { useState } from 'preact/hooks';
import { formatCount } from '../../../shared/lib/dates';

/** Drag a file onto the zone, or pick one: the input stays a real, keyboard-usable control. */
export function FileDrop({
  file,
  disabled,
  onFile,
}: {
  file: File | null;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop ${over ? 'drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dropped = e.dataTransfer?.files[0];
        if (dropped && !disabled) onFile(dropped);
      }}
    >
      <label class="drop-label">
        <span>{file ? 'Another file:' : 'Drop the chronology here, or choose it:'}</span>
        <input
          type="file"
          name="file"
          accept=".csv,.tsv,.txt,.json,.jsonl,.ndjson,.xlsx,.docx,text/csv,application/json"
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget;
            const chosen = input.files?.[0];
            if (chosen) onFile(chosen);
          }}
        />
      </label>
      {file ? (
        <p class="drop-file">
          <span class="filename">{file.name}</span>{' '}
          <span class="muted">
            {formatCount(Math.max(1, Math.round(file.size / 1024)), 'KB', 'KB')}
          </span>
        </p>
      ) : null}
    </div>
  );
}
