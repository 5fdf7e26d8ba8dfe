import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's folder (the one holding package.json): the nearest above this module, which is
 * server/shared/ when the server runs from its TypeScript and dist/server/ when it runs
 * compiled (scripts/build-server.ts). Files the server reads at run time are found from here,
 * so both find the same ones.
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}
