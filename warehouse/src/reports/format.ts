import type { ReportResult } from './catalog.js';

export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type Value = string | number | boolean | null;

/** A report as an aligned text table (numbers to the right), CSV (RFC 4180) or JSON lines. */
export function formatReport(result: ReportResult, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(result.rows, null, 2)}\n`;
  if (format === 'csv') {
    const cell = (value: Value) => {
      const text = value === null ? '' : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    };
    return [result.columns, ...result.rows.map((row) => result.columns.map((c) => row[c] ?? null))]
      .map((line) => line.map(cell).join(','))
      .join('\r\n')
      .concat('\r\n');
  }
  const shown = (value: Value) => (value === null ? '–' : String(value));
  const widths = result.columns.map((column) =>
    Math.max(column.length, ...result.rows.map((row) => shown(row[column] ?? null).length)),
  );
  const line = (values: Value[], header = false) =>
    values
      .map((value, index) => {
        const text = header ? String(value) : shown(value);
        const width = widths[index] ?? text.length;
        return typeof value === 'number' ? text.padStart(width) : text.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [
    line([...result.columns], true),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...result.rows.map((row) => line(result.columns.map((column) => row[column] ?? null))),
    `(${result.rows.length} rows; – is suppressed or not yet known)`,
  ]
    .join('\n')
    .concat('\n');
}
