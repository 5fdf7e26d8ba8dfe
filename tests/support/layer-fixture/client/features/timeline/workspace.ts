// A feature may import its own folder and client/shared/, never another feature.
import { DAY } from '../../shared/dates';
import { NOTES } from '../walkthrough/notes';
import { VIEW } from './view';
export const WORKSPACE = [DAY, NOTES, VIEW];
