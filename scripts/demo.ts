import { databaseLocation, loadConfig } from '../server/config';
import { openDatabase } from '../server/db/connection';
import { describeLocation } from '../server/db/dialect';
import { migrateToLatest } from '../server/db/migrate';
import { ensureDemoAccounts } from '../server/demo/demo-accounts';
import { loadDemoReview } from '../server/demo/demo-review';
import { AppError } from '../server/errors';

// npm run demo: loads the demo review into the database `npm start` uses (DATABASE_URL or
// DATABASE_PATH).
const config = loadConfig();
const { db } = openDatabase(databaseLocation(config));
try {
  await migrateToLatest(db);
  const { reviewId, uploads } = await loadDemoReview(db);
  console.log(`Demo review loaded into ${describeLocation(databaseLocation(config))}`);
  for (const { agency, status, report } of uploads) {
    const what = status === 201 ? `version ${report.submission.version} stored` : 'unchanged';
    console.log(
      `  ${agency}: ${report.submission.eventCount} events, ${report.warnings.length} warnings (${what})`,
    );
  }
  const accounts = await ensureDemoAccounts(
    db,
    reviewId,
    config.passwordCostLog2,
    process.env.DEMO_PASSWORD,
  );
  console.log('\nDemo accounts (passwords are new on every run):');
  for (const a of accounts) {
    const role = a.isAdmin ? 'admin' : `${a.role}${a.agency ? ` for ${a.agency}` : ''}`;
    console.log(`  ${role.padEnd(40)} ${a.email.padEnd(26)} ${a.password}`);
  }
  console.log(
    `\nAfter npm start, sign in at http://localhost:${config.port}/ and open the review ${reviewId}.`,
  );
} catch (error) {
  if (error instanceof AppError) {
    console.error(`Demo failed: ${error.message}`);
    for (const issue of error.issues ?? []) {
      console.error(`  row ${issue.row}, ${issue.column ?? '-'}: ${issue.message}`);
    }
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.destroy();
}
