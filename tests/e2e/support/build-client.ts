import type { TestProject } from 'vitest/node';
import { ensureClientBuilt } from '../../../scripts/ensure-client';
import { startServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared server: E2E_ADMIN plus the demo review and its accounts. */
    demoServerUrl: string;
  }
}

/**
 * The browser tests' global setup (vitest.e2e.config.ts): the built client, as `npm start` serves
 * it, and one real server with the demo data that every test file shares (each file makes its own
 * review when it changes one). Files that need an empty database start their own server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureClientBuilt();
  const server = await startServer({ demo: true });
  project.provide('demoServerUrl', server.baseUrl);
  return () => server.stop();
}
