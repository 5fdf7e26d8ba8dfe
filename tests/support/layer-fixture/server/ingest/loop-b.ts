import { A } from './loop-a';
export const B = () => A;
