import { chunks, readCsv, syntheticData } from '@jobgraph/data';
import { placements } from '../db/schema.js';
import type { DistrictsTransaction } from './transaction.js';

type PlacementCsv = Record<
  | 'id'
  | 'person_id'
  | 'center_id'
  | 'service_code'
  | 'employer_id'
  | 'placed_on'
  | 'insurance_record_id',
  string
>;

/** The centers' placement records (data/synthetic/districts/placements.csv). */
export async function seedPlacements(tx: DistrictsTransaction): Promise<void> {
  const rows = await readCsv<PlacementCsv>(syntheticData('districts'), 'placements.csv');
  for (const batch of chunks(rows, 1000)) {
    await tx.insert(placements).values(
      batch.map((row) => ({
        id: row.id,
        personId: row.person_id,
        centerId: row.center_id,
        serviceCode: row.service_code,
        employerId: row.employer_id,
        placedOn: row.placed_on,
        insuranceRecordId: row.insurance_record_id,
      })),
    );
  }
}
