// The fan-out of a meeting's moves to its followers' open streams. The position itself is
// stored in the meetings table (a follower who reconnects catches up); the hub only tells the
// streams open now. With several app instances on one database (issue #14) a chair's step on
// one must reach followers on every other: the hub's transport carries it (cross-instance.ts),
// and routes publish and subscribe the same way whatever the transport.

export type MeetingMessage =
  | { type: 'position'; data: { eventId: string | null; seq: number } }
  | { type: 'ended'; data: { reason: 'ended' | 'access' | 'shutdown' } };

type Listener = (message: MeetingMessage) => void;

/** What carries a published message to the other instances on the database. */
export interface MeetingTransport {
  /**
   * True when what is sent comes back to this instance too (PostgreSQL's NOTIFY reaches its
   * own LISTEN): the hub then delivers from the transport alone, so no stream gets it twice.
   */
  readonly loopsBack: boolean;
  /** Sends to the other instances; never throws (a lost message is caught up later). */
  send(meetingId: string, message: MeetingMessage): Promise<void>;
  close(): Promise<void>;
}

export class MeetingHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly transport: MeetingTransport | null;

  /** Without a transport the hub is one process's: SQLite's single instance, and unit tests. */
  constructor(transport?: (hub: MeetingHub) => MeetingTransport) {
    this.transport = transport ? transport(this) : null;
  }

  subscribe(meetingId: string, listener: Listener): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) this.listeners.set(meetingId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(meetingId);
    };
  }

  /** Tells the meeting's followers on every instance. Called once the change is stored. */
  async publish(meetingId: string, message: MeetingMessage): Promise<void> {
    if (!this.transport?.loopsBack) this.deliver(meetingId, message);
    await this.transport?.send(meetingId, message);
  }

  /** To this instance's streams only: what a transport calls with what it receives. */
  deliver(meetingId: string, message: MeetingMessage): void {
    for (const listener of [...(this.listeners.get(meetingId) ?? [])]) listener(message);
  }

  /** The meetings someone follows here now: what a transport reads again after a gap. */
  followed(): string[] {
    return [...this.listeners.keys()];
  }

  /**
   * Ends this instance's streams: called as the server closes, which would otherwise wait on
   * them. Never sent on: an instance shutting down leaves the others' followers following.
   */
  closeAll(): void {
    for (const meetingId of this.followed()) {
      this.deliver(meetingId, { type: 'ended', data: { reason: 'shutdown' } });
    }
  }

  /** Ends the streams and releases the transport (the LISTEN connection, a poll's timer). */
  async close(): Promise<void> {
    this.closeAll();
    await this.transport?.close();
  }
}
