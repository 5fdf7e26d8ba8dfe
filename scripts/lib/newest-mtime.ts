import fs from 'node:fs';
import path from 'node:path';

/**
 * The newest modification time under a file or folder (0 when it does not exist): what
 * `npm start` compares a build with to know whether its sources changed since
 * (scripts/ensure-client.ts, scripts/build-server.ts).
 */
export function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}
