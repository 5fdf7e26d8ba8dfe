// Up from events (rank 4) to gaps (rank 6): refused.
import { FLAGS } from '../gaps/flags';
export const LISTING = FLAGS;
