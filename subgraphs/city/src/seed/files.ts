import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** The official code lists shared by the graph and the warehouse (repository `data/reference`). */
export const referenceDir = new URL('../../../../data/reference/', import.meta.url);
/** This subgraph's own seed files. */
export const seedDir = new URL('../../seed/', import.meta.url);

export async function readCsv<Row extends Record<string, string>>(
  folder: URL,
  name: string,
): Promise<Row[]> {
  const text = await readFile(new URL(name, folder), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/** CSV cells are strings; an empty one means "no value". */
export const orNull = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;
export const intOrNull = (value: string | undefined): number | null =>
  value === undefined || value === '' ? null : Number.parseInt(value, 10);
