import type { Db } from '../db/handle';
import { headerKey } from '../shared/phrases';
import { markUploadRefused } from './expected-agencies.repository';

/**
 * An upload for `agency` was refused (the file could not be read or its rows were not valid):
 * the agency, when the review expects it, shows as refused on the overview until a version is
 * stored. Throttled or busy refusals are not the file's fault, and are not counted.
 */
export async function noteRefusedUpload(db: Db, reviewId: string, agency: string): Promise<void> {
  const key = headerKey(agency);
  if (key) await markUploadRefused(db, reviewId, key, new Date().toISOString());
}
