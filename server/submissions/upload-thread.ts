import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWorkerError, type UploadJob, type UploadReply } from './upload-messages';
import type { SubmitResult } from './submissions.service';

// The compiled server (scripts/build-server.ts) defines TAPESTRY_UPLOAD_WORKER: the worker's own
// compiled file beside the server's, started by node as it is, with source maps if the server
// has them. Run from TypeScript (tsx, vitest) it is undefined, and the worker is TypeScript as
// the rest of the server: a bootstrap registers tsx's loader, so it starts the same under
// `tsx server/main.ts`, under vitest and in a bare node process. require.resolve finds tsx's
// CommonJS build of its API; the bootstrap imports the ES module one beside it (the CommonJS one
// cannot load its own ES half from an eval'd worker).
declare const TAPESTRY_UPLOAD_WORKER: string | undefined;
const COMPILED_WORKER =
  typeof TAPESTRY_UPLOAD_WORKER === 'string'
    ? new URL(TAPESTRY_UPLOAD_WORKER, import.meta.url)
    : null;

function bootstrap(): string {
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const workerUrl = new URL('./upload-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); })
  .catch((error) => { console.error(error); process.exit(1); });`;
}

/** Not the parent's flags (under tsx they hold its loader): what the worker needs, only. */
function newWorker(): Worker {
  if (COMPILED_WORKER) {
    return new Worker(COMPILED_WORKER, {
      execArgv: process.sourceMapsEnabled ? ['--enable-source-maps'] : [],
    });
  }
  return new Worker(bootstrap(), { eval: true, execArgv: [] });
}

interface Pending {
  resolve: (result: SubmitResult) => void;
  reject: (error: Error) => void;
}

/**
 * The one upload thread of the process. Starting it costs a second or more (it loads and
 * compiles the ingest code), so it is started on the first upload and kept, and every app in
 * the process shares it (tests build many); it keeps a connection per database file.
 * Unreferenced while idle, so it never keeps a finished process alive.
 */
class UploadThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  run(job: Omit<UploadJob, 'id'>): Promise<SubmitResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const worker = this.start();
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  /** Closes the thread's connection to a database (its app is closing). */
  closeDatabase(database: string): Promise<void> {
    if (!this.worker) return Promise.resolve();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve: () => resolve(), reject: () => resolve() });
      // Referenced until it answers: on shutdown nothing else may be keeping the process up.
      this.worker!.ref();
      this.worker!.postMessage({ id, closeDatabase: database });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = newWorker();
    worker.on('message', (reply: UploadReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if ('error' in reply) waiting.reject(fromWorkerError(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      // The thread died (out of memory, a crash): what it held fails; the next upload
      // starts a new thread.
      this.worker = null;
      void worker.terminate();
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The upload thread stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}

export const uploadThread = new UploadThread();
