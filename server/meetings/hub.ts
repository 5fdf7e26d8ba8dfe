// In-process fan-out of a meeting's moves to its followers' open streams. One process serves
// the app (SQLite is embedded), so an EventEmitter-sized map is the whole message bus; the
// position itself is stored in the meetings table, so a follower who reconnects catches up.

export type MeetingMessage =
  | { type: 'position'; data: { eventId: string | null; seq: number } }
  | { type: 'ended'; data: { reason: 'ended' | 'access' | 'shutdown' } };

type Listener = (message: MeetingMessage) => void;

export class MeetingHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(meetingId: string, listener: Listener): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) this.listeners.set(meetingId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(meetingId);
    };
  }

  publish(meetingId: string, message: MeetingMessage): void {
    for (const listener of [...(this.listeners.get(meetingId) ?? [])]) listener(message);
  }

  /** Ends every stream: called as the server closes, which would otherwise wait on them. */
  closeAll(): void {
    for (const meetingId of [...this.listeners.keys()]) {
      this.publish(meetingId, { type: 'ended', data: { reason: 'shutdown' } });
    }
  }
}
