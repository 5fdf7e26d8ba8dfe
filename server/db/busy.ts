/**
 * SQLite's answer when another connection (another process, or the upload worker) holds the
 * write lock longer than we wait. SQLITE_LOCKED is the same within one process.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
