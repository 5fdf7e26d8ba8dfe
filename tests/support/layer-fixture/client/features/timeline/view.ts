export const VIEW = 'view';
