import type { AgencyKind } from '../contract/common';
import type { DbOrTx } from '../db/handle';
import { AppError } from '../errors';
import { guessAgencyKind } from '../ingest/agency-kind';
import { cleanName, NAME_LIMITS } from '../names/clean-name';
import { headerKey } from '../shared/phrases';
import { findExpectedAgencyByKey } from './expected-agencies.repository';
import { findAgencyByKey } from './submissions.repository';

/**
 * The agency an upload is for, from its name as typed: the name cleaned and its key; the agency
 * row when it has uploaded before; the name it is shown under (the one it first uploaded under,
 * else the one the review expects it under, else as typed); and its kind (as chosen, else as
 * before, else as the reviewer listed it among the expected agencies, else guessed from the
 * name). So an invited agency's first upload takes the name and kind the reviewer gave it.
 */
export async function agencyOfUpload(
  db: DbOrTx,
  reviewId: string,
  typed: string,
  chosenKind: AgencyKind | undefined,
) {
  const agencyName = cleanName(typed, 'agency', NAME_LIMITS.agency);
  const nameKey = headerKey(agencyName);
  if (!nameKey) throw new AppError('BAD_REQUEST', 'The agency name must contain letters.');
  const existing = await findAgencyByKey(db, reviewId, nameKey);
  const expected = existing ? undefined : await findExpectedAgencyByKey(db, reviewId, nameKey);
  const known = existing ?? expected;
  return {
    agencyName,
    nameKey,
    existing,
    displayName: known?.name ?? agencyName,
    agencyKind:
      chosenKind ?? (known?.kind as AgencyKind | undefined) ?? guessAgencyKind(agencyName),
  };
}
