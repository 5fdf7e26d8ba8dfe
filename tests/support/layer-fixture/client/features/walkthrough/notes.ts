export const NOTES = 'notes';
