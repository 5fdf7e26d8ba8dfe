// Two modules importing each other: refused, whatever their folders.
import { B } from './loop-b';
export const A = () => B;
