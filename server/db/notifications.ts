import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';
import pg from 'pg';

// PostgreSQL's LISTEN/NOTIFY (issue #14): how one app instance tells the others something
// happened, on the database they already share, with nothing else to run beside it. NOTIFY
// goes through the pool like any statement; LISTEN needs a connection of its own that stays
// open, outside the pool, which this module keeps open and reopens when it drops.

/** Sends `payload` to every connection listening on `channel` (in a transaction: at commit). */
export async function notify(
  db: Kysely<Database>,
  channel: string,
  payload: string,
): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}

export interface NotificationHandlers {
  /** A notification's payload, in the order the database committed them. */
  onMessage(payload: string): void;
  /**
   * The connection is listening, first or again: anything sent while it was not was lost, so
   * whoever listens reads again what it needs.
   */
  onListening(): void;
  /** The connection failed or dropped; it is reopened after a pause. */
  onError?(error: Error): void;
}

export interface NotificationListener {
  /** Stops listening and closes the connection; no reconnecting after this. */
  close(): Promise<void>;
}

/** The pause before reopening starts at the first and doubles up to the last. */
const RETRY_MS = { first: 250, last: 5000 };
/** Closing never waits longer than this on a server that does not answer. */
const CLOSE_WAIT_MS = 2000;

/**
 * Listens on `channel` on a dedicated connection to `url`. A dropped connection (a restart, a
 * failover, the backend terminated) is reopened with growing pauses, and `onListening` called
 * each time it listens again.
 */
export function listenForNotifications(
  url: string,
  channel: string,
  handlers: NotificationHandlers,
): NotificationListener {
  // The connection in use, null once closed: an event of any other (an old one's late 'end')
  // is ignored.
  let client: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let pause = RETRY_MS.first;

  const retry = (error: Error) => {
    if (retryTimer) return;
    handlers.onError?.(error);
    const dropped = client;
    client = null;
    void dropped?.end().catch(() => undefined);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void open();
    }, pause);
    pause = Math.min(pause * 2, RETRY_MS.last);
  };

  const open = async () => {
    // TCP keep-alive: a connection the network lost silently is noticed in seconds, not hours.
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) {
        handlers.onMessage(message.payload);
      }
    });
    next.on('error', (error) => {
      if (client === next) retry(error);
    });
    next.on('end', () => {
      if (client === next) retry(new Error('the listening connection ended'));
    });
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      if (client === next) retry(error as Error);
      return;
    }
    if (client !== next) return;
    pause = RETRY_MS.first;
    handlers.onListening();
  };

  void open();
  return {
    async close() {
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      const last = client;
      client = null;
      if (!last) return;
      // A server that does not answer (the reason for closing, perhaps) must not hold the
      // shutdown: the socket is dropped after a short wait.
      await Promise.race([
        last.end().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref()),
      ]);
    },
  };
}
