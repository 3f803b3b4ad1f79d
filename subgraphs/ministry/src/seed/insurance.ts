import { chunks, orNull, readCsv, syntheticData } from '@jobgraph/data';
import type { MinistryTransaction } from '../db/database.js';
import { insuranceRecords } from '../db/schema.js';

type InsuranceCsv = Record<
  | 'id'
  | 'person_id'
  | 'employer_id'
  | 'industry_code'
  | 'workplace_region_code'
  | 'residence_region_code'
  | 'acquired_on'
  | 'lost_on',
  string
>;

/** Eight columns a row: 2,000 rows stay well within PostgreSQL's 65,535 parameters. */
const BATCH = 2000;

/** Employment-insurance acquisitions and losses of the synthetic population, 2023–2026. */
export async function seedInsuranceRecords(tx: MinistryTransaction): Promise<void> {
  const rows = await readCsv<InsuranceCsv>(syntheticData('ministry'), 'insurance-records.csv');
  for (const batch of chunks(rows, BATCH)) {
    await tx.insert(insuranceRecords).values(
      batch.map((row) => ({
        id: row.id,
        personId: row.person_id,
        employerId: row.employer_id,
        industryCode: row.industry_code,
        workplaceRegionCode: row.workplace_region_code,
        residenceRegionCode: row.residence_region_code,
        acquiredOn: row.acquired_on,
        lostOn: orNull(row.lost_on),
      })),
    );
  }
}
