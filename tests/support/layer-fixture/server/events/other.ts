export const OTHER = 'events';
