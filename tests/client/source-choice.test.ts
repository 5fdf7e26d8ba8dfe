import { describe, expect, it } from 'vitest';
import { sheetLabel } from '../../client/features/upload/components/source-choice';

describe('the sheet chooser', () => {
  it('labels each sheet with its rows, saying when it is hidden or holds no table', () => {
    expect(sheetLabel({ name: 'Chronology', rows: 1200, hidden: false })).toBe(
      'Chronology (1,200 rows)',
    );
    expect(sheetLabel({ name: 'Old', rows: 1, hidden: true })).toBe('Old (hidden, 1 row)');
    expect(sheetLabel({ name: 'Notes', rows: 0, hidden: false })).toBe('Notes (no table)');
  });
});
