import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/handle';
import { dialectOf } from '../db/dialect';
import { listenForNotifications, notify } from '../db/notifications';
import { MeetingHub, type MeetingMessage, type MeetingTransport } from './hub';
import { meetingStates } from './meetings.service';

// A chair's step on one app instance reaches followers on every instance on the database
// (issue #14), built on the database itself and nothing beside it.
//
// PostgreSQL: each instance LISTENs on one dedicated connection; a step is NOTIFYed once it is
// stored (after its transaction commits, so no follower sees a step that was not stored) and
// every instance, this one included, delivers it from its LISTEN connection: never twice. When
// that connection drops, messages sent meanwhile are lost, so on listening again the instance
// reads the stored position of every meeting it has streams open on.
//
// SQLite: one instance is the usual deployment, and its hub delivers in process. Two on one
// file (tests/process/two-instances.test.ts) are supported too: while streams are open, each
// instance reads the stored positions of the meetings they follow every POLL_MS, one indexed
// read of a few rows (docs/deploy.md says why this and not "unsupported").
//
// Either way a stream drops a position not newer than the one it has sent (routes.ts), so a
// step that arrives twice (a message and a re-read) or late (two instances' NOTIFYs crossing)
// moves nobody backwards.

const CHANNEL = 'tapestry_meetings';
/** Under the 1 s a follower may wait for a step made on another instance. */
export const POLL_MS = 400;

export function createMeetingHub(db: Db, databaseUrl: string | null, log: FastifyBaseLogger) {
  if (dialectOf(db) === 'sqlite') return new MeetingHub(storedPositionPoll(db, log));
  if (!databaseUrl) {
    throw new Error('On PostgreSQL the meeting stream listens on DATABASE_URL, which is not set.');
  }
  return new MeetingHub(notifyTransport(db, databaseUrl, log));
}

/** What a transport puts on the wire: the meeting and the message, as JSON. */
interface Envelope {
  meetingId: string;
  message: MeetingMessage;
}

function readEnvelope(payload: string): Envelope | null {
  try {
    const value = JSON.parse(payload) as Partial<Envelope>;
    const type = value.message?.type;
    if (typeof value.meetingId !== 'string' || (type !== 'position' && type !== 'ended')) {
      return null;
    }
    return value as Envelope;
  } catch {
    return null;
  }
}

function notifyTransport(db: Db, url: string, log: FastifyBaseLogger) {
  return (hub: MeetingHub): MeetingTransport => {
    const listener = listenForNotifications(url, CHANNEL, {
      onMessage(payload) {
        const envelope = readEnvelope(payload);
        if (envelope) hub.deliver(envelope.meetingId, envelope.message);
      },
      onListening() {
        void deliverStored(db, hub).catch((error: unknown) => warn(log, error, 're-reading'));
      },
      onError(error) {
        warn(log, error, 'the listening connection dropped; reopening it');
      },
    });
    return {
      loopsBack: true,
      async send(meetingId, message) {
        try {
          await notify(db, CHANNEL, JSON.stringify({ meetingId, message } satisfies Envelope));
        } catch (error) {
          // The step is stored: followers get it when their instance re-reads positions, or
          // at their stream's next check.
          warn(log, error, 'NOTIFY failed');
        }
      },
      close: () => listener.close(),
    };
  };
}

function storedPositionPoll(db: Db, log: FastifyBaseLogger) {
  return (hub: MeetingHub): MeetingTransport => {
    const seen = new Map<string, number>();
    let reading = false;
    const timer = setInterval(() => {
      // Nothing is read while no stream is open, nor while the last read is still running.
      if (reading || hub.followed().length === 0) return;
      reading = true;
      deliverStored(db, hub, seen)
        .catch((error: unknown) => warn(log, error, 'reading positions'))
        .finally(() => (reading = false));
    }, POLL_MS);
    timer.unref();
    return {
      loopsBack: false,
      // The other instances read the stored position themselves.
      send: async () => {},
      close: async () => clearInterval(timer),
    };
  };
}

/**
 * Tells this instance's streams the stored state of the meetings they follow. With `seen`,
 * only what changed since the last call (the poll); without, everything (after a gap).
 */
async function deliverStored(db: Db, hub: MeetingHub, seen?: Map<string, number>) {
  const followed = hub.followed();
  if (seen) {
    for (const id of seen.keys()) if (!followed.includes(id)) seen.delete(id);
  }
  for (const state of await meetingStates(db, followed)) {
    if (state.ended) {
      hub.deliver(state.meetingId, { type: 'ended', data: { reason: 'ended' } });
    } else if (seen?.get(state.meetingId) !== state.position.seq) {
      seen?.set(state.meetingId, state.position.seq);
      hub.deliver(state.meetingId, { type: 'position', data: state.position });
    }
  }
}

/** The error's first words only: a driver's message can quote a statement's values. */
function warn(log: FastifyBaseLogger, error: unknown, what: string): void {
  const message = error instanceof Error ? error.message.slice(0, 120) : String(error);
  log.warn({ err: { message } }, `meeting stream across instances: ${what}`);
}
