// Lower rank: anyone may import it.
export const TYPES = 'contract';
