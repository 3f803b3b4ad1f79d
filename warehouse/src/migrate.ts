import { fileURLToPath } from 'node:url';
import { migrate } from '@jobgraph/db';

/** The warehouse's drizzle migrations, next to src/ and dist/. */
export const WAREHOUSE_MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));

/** Brings the `warehouse` schema up to date (one connection, the shared migration lock). */
export async function migrateWarehouse(url: string): Promise<void> {
  await migrate({ url, schema: 'warehouse', migrationsFolder: WAREHOUSE_MIGRATIONS });
}
