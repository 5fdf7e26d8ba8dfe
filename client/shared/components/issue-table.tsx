import type { RowIssueDto } from '../../../server/contract/common';

/** Row problems exactly as the server reports them: row (header = 1), column, message. */
export function IssueTable({ issues, label }: { issues: readonly RowIssueDto[]; label: string }) {
  return (
    <table class="grid grid-compact issues" aria-label={label}>
      <thead>
        <tr>
          <th class="num">Row</th>
          <th>Column</th>
          <th>Problem</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={i}>
            <td class="num">{issue.row ?? '–'}</td>
            <td>{issue.column ?? '(whole row)'}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
