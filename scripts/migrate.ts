// `npm run migrate`: applies pending migrations to the configured database and exits, without
// starting the server (`npm start` does the same on start). For an operator who wants the
// schema brought up to date before a release is started, or a copy of a database checked.
import { databaseLocation, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { describeLocation } from '../server/db/dialect';
import { migrateToLatest } from '../server/db/migrate';

const config = loadConfig();
const location = databaseLocation(config);
const { db } = openDatabase(location, { maxMegabytes: config.databaseMaxMegabytes });
try {
  const applied = await migrateToLatest(db);
  console.log(
    applied.length === 0
      ? `${describeLocation(location)}: up to date`
      : `${describeLocation(location)}: applied ${applied.join(', ')}`,
  );
} finally {
  await db.destroy();
}
