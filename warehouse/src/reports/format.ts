import type { ReportResult } from './catalog.js';

export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

type Value = string | number | boolean | null;

/** Columns a string takes in a terminal: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

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
    Math.max(column.length, ...result.rows.map((row) => displayWidth(shown(row[column] ?? null)))),
  );
  const line = (values: Value[], header = false) =>
    values
      .map((value, index) => {
        const text = header ? String(value) : shown(value);
        const width = widths[index] ?? text.length;
        return pad(text, width, typeof value === 'number');
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
