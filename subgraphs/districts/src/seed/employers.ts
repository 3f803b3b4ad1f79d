import { chunks, readCsv, work24Feed } from '@jobgraph/data';
import { EMPLOYER_SIZES, employers } from '../db/schema.js';
import type { DistrictsTransaction } from './transaction.js';

type EmployerCsv = { id: string; name: string; size: string; region_code: string };

const isSize = (value: string): value is (typeof EMPLOYER_SIZES)[number] =>
  (EMPLOYER_SIZES as readonly string[]).includes(value);

/**
 * The employers of the public Work24 feed, with the size the SME rule needs. The districts read
 * the feed themselves, as every agency does; they do not ask the city subgraph.
 */
export async function seedEmployers(tx: DistrictsTransaction): Promise<void> {
  const rows = await readCsv<EmployerCsv>(work24Feed, 'employers.csv');
  for (const batch of chunks(rows, 1000)) {
    await tx.insert(employers).values(
      batch.map((row) => {
        if (!isSize(row.size)) throw new Error(`employers.csv: ${row.id} has size ${row.size}`);
        return { id: row.id, name: row.name, size: row.size, regionCode: row.region_code };
      }),
    );
  }
}
