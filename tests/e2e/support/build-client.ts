import { ensureClientBuilt } from '../../../scripts/ensure-client';

/** The browser tests run against the built client, as `npm start` serves it. */
export default async function setup(): Promise<void> {
  await ensureClientBuilt();
}
