/** Human tables by default, JSON with --json: what the CLI prints. */
export function table<Row extends object>(
  rows: readonly Row[],
  columns: ReadonlyArray<keyof Row & string>,
): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((row) => columns.map((column) => format(row[column])));
  const widths = columns.map((column, index) =>
    Math.min(80, Math.max(column.length, ...cells.map((cell) => (cell[index] as string).length))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => value.slice(0, widths[index]).padEnd(widths[index] as number))
      .join('  ')
      .trimEnd();
  return `${[line(columns.map((column) => column.toUpperCase())), ...cells.map(line)].join('\n')}\n`;
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(format).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface Output {
  readonly json: boolean;
  write(text: string): void;
}

/** Prints `value` as JSON, or as the human form `human` makes of it. */
export function show<T>(output: Output, value: T, human: (value: T) => string): void {
  output.write(output.json ? `${JSON.stringify(value, null, 2)}\n` : human(value));
}
