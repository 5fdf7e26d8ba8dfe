// Sideways from annotations to events, both rank 4: refused.
import { OTHER } from '../events/other';
export const NOTES = OTHER;
