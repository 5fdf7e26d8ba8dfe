// `npm run migrate`: applies pending migrations to the configured database and exits, without
// starting the server (`npm start` does the same on start). For an operator who wants the
// schema brought up to date before a release is started, or a copy of a database checked.
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { migrateToLatest } from '../server/db/migrate';

const config = loadConfig();
const { db } = openDatabase(config.databasePath, { maxMegabytes: config.databaseMaxMegabytes });
try {
  const applied = await migrateToLatest(db);
  console.log(
    applied.length === 0
      ? `${config.databasePath}: up to date`
      : `${config.databasePath}: applied ${applied.join(', ')}`,
  );
} finally {
  await db.destroy();
}
