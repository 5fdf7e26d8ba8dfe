import { randomUUID } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * A UUID version 7: a millisecond timestamp, then a counter, then randomness (RFC 9562).
 * Time-ordered keys go to the end of the primary-key index instead of splitting pages all
 * over it, which makes a 100,000-event upload several times cheaper than random UUIDs. The
 * counter keeps ids made in the same millisecond in creation order.
 */
export function newId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      ms += 1;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMs = ms;
  const random = randomUUID();
  const time = ms.toString(16).padStart(12, '0');
  const sequence = counter.toString(16).padStart(3, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence}${random.slice(18)}`;
}
