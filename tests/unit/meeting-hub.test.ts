import { describe, expect, it } from 'vitest';
import { MeetingHub, type MeetingMessage, type MeetingTransport } from '../../server/meetings/hub';

// The hub's part in "never twice": with a transport that loops back (PostgreSQL's NOTIFY reaches
// its own LISTEN) a published message is delivered from the transport only; with one that does
// not (SQLite's read of stored positions) it is delivered here at once. An instance shutting
// down tells its own streams and no one else's.

const step = (seq: number): MeetingMessage => ({ type: 'position', data: { eventId: 'e', seq } });

function recording(loopsBack: boolean) {
  const sent: Array<[string, MeetingMessage]> = [];
  const hub = new MeetingHub((): MeetingTransport => ({
    loopsBack,
    send: async (meetingId, message) => {
      sent.push([meetingId, message]);
    },
    close: async () => {},
  }));
  const received: MeetingMessage[] = [];
  hub.subscribe('m1', (message) => received.push(message));
  return { hub, sent, received };
}

describe('MeetingHub', () => {
  it('without a transport, delivers to the meeting’s own listeners once', async () => {
    const hub = new MeetingHub();
    const one: MeetingMessage[] = [];
    const other: MeetingMessage[] = [];
    hub.subscribe('m1', (m) => one.push(m));
    hub.subscribe('m2', (m) => other.push(m));
    await hub.publish('m1', step(1));
    expect(one).toEqual([step(1)]);
    expect(other).toEqual([]);
  });

  it('with a transport that loops back, delivers only what the transport brings back', async () => {
    const { hub, sent, received } = recording(true);
    await hub.publish('m1', step(1));
    expect(sent).toEqual([['m1', step(1)]]);
    expect(received).toEqual([]);
    hub.deliver('m1', step(1));
    expect(received).toEqual([step(1)]);
  });

  it('with a transport that does not loop back, delivers here and sends on', async () => {
    const { hub, sent, received } = recording(false);
    await hub.publish('m1', step(1));
    expect(received).toEqual([step(1)]);
    expect(sent).toEqual([['m1', step(1)]]);
  });

  it('closing tells this instance’s followers, and sends nothing to the others', async () => {
    const { hub, sent, received } = recording(true);
    expect(hub.followed()).toEqual(['m1']);
    await hub.close();
    expect(received).toEqual([{ type: 'ended', data: { reason: 'shutdown' } }]);
    expect(sent).toEqual([]);
  });
});
