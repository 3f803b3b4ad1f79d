import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** The data folder, from this file's place in it (src/ or dist/). */
const root = new URL('../', import.meta.url);

/** Official code lists: regions (with history), KSIC sections, KECO major groups. */
export const referenceData = new URL('reference/', root);
/** A snapshot of the Work24 (고용24) job feed: the public source the agencies consume. */
export const work24Feed = new URL('work24/', root);
/** The synthetic population: each agency's records of the same people, consistent across agencies. */
export const syntheticData = (agency: 'city' | 'districts' | 'fiftyplus' | 'ministry') =>
  new URL(`synthetic/${agency}/`, root);

/** Reads a CSV with a header row into records of strings (an empty cell is ""). */
export async function readCsv<Row extends Record<string, string>>(
  folder: URL,
  name: string,
): Promise<Row[]> {
  const text = await readFile(new URL(name, folder), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}

/** Splits rows into batches, for multi-row inserts within PostgreSQL's parameter limit. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

/** CSV cells are strings; an empty one means "no value". */
export const orNull = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;
export const intOrNull = (value: string | undefined): number | null =>
  value === undefined || value === '' ? null : Number.parseInt(value, 10);
