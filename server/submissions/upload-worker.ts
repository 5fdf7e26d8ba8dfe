import { parentPort } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import type { Db } from '../db/handle';
import type { SubmitInput } from './submissions.service';
import { submitChronology } from './submissions.service';
import { toWorkerError, type UploadJob } from './upload-messages';

// The upload thread (upload-thread.ts starts it): reads and stores uploads on its own SQLite
// connection, off the server's event loop. WAL lets the server's reads go on while it writes.
// Waiting for the write lock blocks this thread only, so it waits in SQLite's busy handler.
// On PostgreSQL (a URL) the thread has its own small pool: one upload at a time needs one.

const port = parentPort!;
const connections = new Map<string, Db>();

function connectionTo(job: UploadJob): Db {
  let db = connections.get(job.database);
  if (!db) {
    ({ db } = openDatabase(job.database, {
      blockingWait: true,
      maxMegabytes: job.maxMegabytes,
      poolSize: 2,
    }));
    connections.set(job.database, db);
  }
  return db;
}

port.on('message', (message: UploadJob | { id: number; closeDatabase: string }) => {
  if ('closeDatabase' in message) {
    const db = connections.get(message.closeDatabase);
    connections.delete(message.closeDatabase);
    void (db ? db.destroy() : Promise.resolve()).then(() =>
      port.postMessage({ id: message.id, result: null }),
    );
    return;
  }
  let db: Db;
  try {
    db = connectionTo(message);
  } catch (error) {
    port.postMessage({ id: message.id, error: toWorkerError(error) });
    return;
  }
  submitChronology(db, withBuffer(message.input)).then(
    (result) => port.postMessage({ id: message.id, result }),
    (error: unknown) => port.postMessage({ id: message.id, error: toWorkerError(error) }),
  );
});

/** A Buffer arrives as a plain Uint8Array; the readers expect a Buffer, as in the server. */
function withBuffer(input: SubmitInput): SubmitInput {
  if (!input.file) return input;
  const { bytes } = input.file;
  return {
    ...input,
    file: { ...input.file, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
  };
}
