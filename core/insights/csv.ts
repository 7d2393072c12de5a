/**
 * RFC 4180 CSV. A cell starting with = + - @ (or a tab/CR) is prefixed with an apostrophe: client
 * names and article titles come from outside, and a spreadsheet would run them as formulas.
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>, header?: readonly string[]): string {
  const first = rows[0];
  // With a header given, an empty export still says what its columns are.
  const columns = header ?? (first ? Object.keys(first) : null);
  if (!columns) return '';
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
