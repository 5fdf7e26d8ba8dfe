import { buildApp } from './app';
import { prepareFirstRun } from './auth/first-run';
import { databaseLocation, loadConfig } from './config';
import { openDatabase } from './db/connection';
import { describeLocation } from './db/dialect';
import { migrateToLatest } from './db/migrate';

const config = loadConfig();
const { db } = openDatabase(databaseLocation(config), {
  maxMegabytes: config.databaseMaxMegabytes,
});
const applied = await migrateToLatest(db);
const firstRun = await prepareFirstRun(db, config, process.env);
const app = await buildApp({
  db,
  config,
  logger: { level: config.logLevel },
  setupToken: firstRun.kind === 'setup-link' ? firstRun.token : null,
});
if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const origin =
  config.publicOrigin ??
  `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
app.log.info(
  `Tapestry is serving on ${origin} (API docs at /docs), database ${describeLocation(databaseLocation(config))}`,
);
if (firstRun.kind === 'admin-created') {
  app.log.info(`Administrator ${firstRun.email} created from ADMIN_EMAIL; sign in at ${origin}`);
}
if (firstRun.kind === 'setup-link') {
  // Printed, not logged as data: the link is the key to the first admin account, valid until
  // it is used or the server restarts.
  process.stdout.write(
    `\nNo accounts yet. Create the first administrator, once, at:\n\n  ${origin}/setup#token=${firstRun.token}\n\n`,
  );
}
