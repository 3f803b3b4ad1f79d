import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from './context.js';
import { coordinateUsage } from './db/schema.js';

export const usageReport = z.object({
  entries: z
    .array(
      z.object({
        day: z.iso.date(),
        coordinate: z.string().min(1).max(300),
        clientName: z.string().max(100),
        clientVersion: z.string().max(100),
        operations: z.number().int().positive(),
      }),
    )
    .max(50_000),
});

/** Adds the gateway's batched counts (one statement per report). */
export async function recordUsage(db: Queryable, report: z.output<typeof usageReport>) {
  if (report.entries.length === 0) return 0;
  await db
    .insert(coordinateUsage)
    .values(report.entries)
    .onConflictDoUpdate({
      target: [
        coordinateUsage.day,
        coordinateUsage.coordinate,
        coordinateUsage.clientName,
        coordinateUsage.clientVersion,
      ],
      set: { operations: sql`${coordinateUsage.operations} + excluded.operations` },
    });
  return report.entries.length;
}

export interface CoordinateUsage {
  readonly operations: number;
  readonly clients: string[];
}

/**
 * Use of each coordinate (or anything under it: `Type` covers `Type.field`, `Type.field` covers
 * its arguments) within the last `days` days.
 */
export async function usageOf(
  db: Queryable,
  coordinates: readonly string[],
  days: number,
): Promise<Map<string, CoordinateUsage>> {
  const result = new Map<string, CoordinateUsage>();
  if (coordinates.length === 0) return result;
  const rows = await db.execute<{ key: string; operations: string; clients: string[] }>(sql`
    select keys.key, sum(u.operations)::text as operations,
           array_agg(distinct u.client_name || '@' || u.client_version) as clients
    from unnest(array[${sql.join(
      coordinates.map((key) => sql`${key}`),
      sql`, `,
    )}]::text[]) as keys(key)
    join registry.coordinate_usage u
      on (u.coordinate = keys.key or u.coordinate like keys.key || '.%')
     and u.day > current_date - ${days}::int
    group by keys.key`);
  for (const row of rows) {
    result.set(row.key, { operations: Number(row.operations), clients: row.clients });
  }
  return result;
}
