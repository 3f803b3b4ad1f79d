import { chunks, orNull, readCsv, syntheticData } from '@jobgraph/data';
import { eq } from 'drizzle-orm';
import {
  FOLLOW_UP_STATUSES,
  followUps,
  placements,
  programs,
  SUPPORT_TYPES,
} from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';
import { oneOf } from './csv-values.js';

type PlacementCsv = Record<
  | 'id'
  | 'person_id'
  | 'employer_id'
  | 'support_type'
  | 'started_on'
  | 'ended_on'
  | 'insurance_record_id',
  string
>;
type FollowUpCsv = Record<'placement_id' | 'checked_on' | 'status' | 'note', string>;

/** Experienced-talent placements and their follow-up checks (data/synthetic/fiftyplus). */
export async function seedPlacements(tx: FiftyPlusTransaction): Promise<void> {
  const [program] = await tx
    .select({ id: programs.id })
    .from(programs)
    .where(eq(programs.kind, 'EXPERIENCED_TALENT_SUPPORT'));
  if (!program) throw new Error('the Experienced Talent programme is not seeded');
  const folder = syntheticData('fiftyplus');
  const rows = await readCsv<PlacementCsv>(folder, 'talent-placements.csv');
  for (const batch of chunks(rows, 1000)) {
    await tx.insert(placements).values(
      batch.map((row) => ({
        id: row.id,
        programId: program.id,
        personId: row.person_id,
        employerId: row.employer_id,
        supportType: oneOf(SUPPORT_TYPES, row.support_type, 'support type'),
        startedOn: row.started_on,
        endedOn: orNull(row.ended_on),
        insuranceRecordId: row.insurance_record_id,
      })),
    );
  }
  const checks = await readCsv<FollowUpCsv>(folder, 'follow-ups.csv');
  for (const batch of chunks(checks, 1000)) {
    await tx.insert(followUps).values(
      batch.map((row) => ({
        placementId: row.placement_id,
        checkedOn: row.checked_on,
        status: oneOf(FOLLOW_UP_STATUSES, row.status, 'follow-up status'),
        note: orNull(row.note),
      })),
    );
  }
}
