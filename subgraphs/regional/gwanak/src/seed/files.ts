import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/** This subgraph's own seed files (subgraphs/regional/gwanak/seed/). */
export const seedDir = new URL('../../seed/', import.meta.url);

/** Reads and validates one JSON seed file; a malformed file stops the start with its problems. */
export async function readSeedJson<T>(name: string, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(JSON.parse(await readFile(new URL(name, seedDir), 'utf8')));
}
