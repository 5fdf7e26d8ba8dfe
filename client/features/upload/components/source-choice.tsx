import type { TableOriginDto } from '../../../../server/contract/submissions';
import { formatCount } from '../../../shared/lib/dates';

/**
 * Which sheet of a workbook, or which tables of a Word document, were read as the chronology,
 * and for a workbook of several sheets a chooser to read another one instead.
 */
export function SourceChoice({
  source,
  disabled,
  onChooseSheet,
}: {
  source: TableOriginDto;
  disabled: boolean;
  onChooseSheet: (sheet: string) => void;
}) {
  const choosable = source.kind === 'sheet' && source.sheets.length > 1;
  return (
    <div class="source-choice">
      <p class="muted small" role="status">
        {source.note}
      </p>
      {choosable ? (
        <label>
          Sheet to read{' '}
          <select
            name="sheet"
            value={source.name}
            disabled={disabled}
            onChange={(e) => onChooseSheet(e.currentTarget.value)}
          >
            {source.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {sheetLabel(sheet)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}

/** "Chronology (120 rows)", "Old (hidden, 9 rows)", "Notes (no table)". */
export function sheetLabel(sheet: TableOriginDto['sheets'][number]): string {
  const rows = sheet.rows > 0 ? formatCount(sheet.rows, 'row') : 'no table';
  return `${sheet.name} (${sheet.hidden ? 'hidden, ' : ''}${rows})`;
}
