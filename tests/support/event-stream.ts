// A server-sent event stream read over real HTTP, message by message: a meeting's follower as
// the browser is one (the stream's `position` and `ended` events).

export interface StreamMessage {
  event: string;
  data: any;
  /** Date.now() when it arrived. */
  at: number;
}

export interface EventStream {
  status: number;
  contentType: string | null;
  /** The next message, waiting up to `timeoutMs`; throws when none arrives in time. */
  next(timeoutMs?: number): Promise<StreamMessage>;
  /** Messages that arrived and were not taken yet. */
  pending(): StreamMessage[];
  close(): void;
  /** Settles when the server has closed the stream (or `close` was called). */
  done: Promise<void>;
}

export async function openEventStream(
  url: string,
  headers: Record<string, string>,
): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { ...headers, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const queue: StreamMessage[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const done = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) queue.push({ event, data: JSON.parse(data), at: Date.now() });
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    async next(timeoutMs = 1000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        if (Date.now() > deadline) throw new Error('no message within the time allowed');
        await new Promise((r) => setTimeout(r, 5));
      }
      return queue.shift()!;
    },
    pending: () => [...queue],
    close: () => controller.abort(),
    done,
  };
}
