import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';

const config = loadConfig();
const { db } = openDatabase(config.databasePath);
const applied = await migrateToLatest(db);
const app = await buildApp({ db, config, logger: { level: config.logLevel } });
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
app.log.info(
  `Tapestry is serving on http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port} (API docs at /docs), database ${config.databasePath}`,
);
