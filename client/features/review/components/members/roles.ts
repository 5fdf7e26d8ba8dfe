import type { Role } from '../../../../shared/lib/roles';

/** The roles a member may have, in the order the Members forms offer them. */
export const ROLES: Role[] = ['reviewer', 'panel', 'submitter'];
