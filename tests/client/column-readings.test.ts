import { describe, expect, it } from 'vitest';
import {
  chooseColumnField,
  type ColumnReading,
  columnRows,
} from '../../client/features/upload/lib/column-readings';

const READINGS: ColumnReading[] = [
  {
    header: 'Contact Date/Time',
    field: 'date',
    source: 'recognised',
    score: 0.97,
    confidence: 'high',
    reasons: ['header words “date” and “time”', '100% of cells are dates, with times'],
  },
  {
    header: 'Input Date',
    field: null,
    source: 'none',
    score: 0.99,
    confidence: 'medium',
    reasons: ['nearest field: date, score 0.99', 'the date comes from "Contact Date/Time"'],
  },
  {
    header: 'Log Entry',
    field: 'description',
    source: 'uploader',
    score: 1,
    confidence: 'high',
    reasons: ['chosen in the mapping'],
  },
  { header: '', field: null, source: 'none', score: 0, confidence: 'high', reasons: [] },
];

describe('the column preview', () => {
  it('shows every column with what it was read as, how sure and why', () => {
    expect(columnRows(READINGS)).toEqual([
      {
        header: 'Contact Date/Time',
        field: 'date',
        sureness: 'high · 0.97 · recognised',
        confidence: 'high',
        why: 'header words “date” and “time”; 100% of cells are dates, with times',
      },
      expect.objectContaining({
        header: 'Input Date',
        field: '',
        sureness: 'medium · 0.99 · not used',
      }),
      expect.objectContaining({ header: 'Log Entry', sureness: 'your choice' }),
      expect.objectContaining({ header: '(no header)', field: '' }),
    ]);
  });

  it('reading a column as another field lets go of the field it fed', () => {
    expect(chooseColumnField(READINGS, 'Contact Date/Time', 'endDate')).toEqual({
      date: null,
      endDate: 'Contact Date/Time',
    });
    expect(chooseColumnField(READINGS, 'Input Date', 'date')).toEqual({ date: 'Input Date' });
    expect(chooseColumnField(READINGS, 'Log Entry', '')).toEqual({ description: null });
  });
});
