import fs from 'node:fs';
import { verifyAuditChain } from '../server/core/audit-log';
import { databaseLocation, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';

// `npm run audit:verify`: walks the audit log's hash chain (server/core/audit-chain.ts) in the
// database DATABASE_URL or DATABASE_PATH names and says whether every row is as it was written, or where the
// chain first breaks. Exits 1 on a break. Note the head it prints somewhere else (a ticket, a
// notebook): a chain can be recomputed by whoever holds the file, a head kept apart cannot.

const config = loadConfig();
if (
  !config.databaseUrl &&
  config.databasePath !== ':memory:' &&
  !fs.existsSync(config.databasePath)
) {
  console.error(`No database at ${config.databasePath} (set DATABASE_PATH).`);
  process.exit(2);
}
const { db } = openDatabase(databaseLocation(config));
try {
  const check = await verifyAuditChain(db);
  if (check.ok) {
    console.log(`Audit log intact: ${check.rows} rows checked.`);
    if (check.head) console.log(`Head: row ${check.head.id}, hash ${check.head.hash}`);
  } else {
    console.error(
      `Audit log BROKEN at row ${check.brokenAt} (${check.rows} rows read): ${check.reason}.`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.destroy();
}
