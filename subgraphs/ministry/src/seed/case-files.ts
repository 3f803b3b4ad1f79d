import { chunks, orNull, readCsv, syntheticData } from '@jobgraph/data';
import { sql } from 'drizzle-orm';
import type { MinistryTransaction } from '../db/database.js';
import { caseFiles, caseStageChanges } from '../db/schema.js';
import { CASE_STAGES, type CaseStage } from '../domain/case-stages.js';

type CaseFileCsv = Record<
  | 'id'
  | 'person_id'
  | 'name'
  | 'birth_date'
  | 'phone'
  | 'residence_region_code'
  | 'center_id'
  | 'counselor_id'
  | 'stage'
  | 'opened_on'
  | 'stage_changed_on'
  | 'placement_record_id',
  string
>;
type StageChangeCsv = Record<'case_file_id' | 'stage' | 'entered_on', string>;

function stage(value: string): CaseStage {
  const known = CASE_STAGES.find((candidate) => candidate === value);
  if (!known) throw new Error(`case-files seed: unknown stage ${value}`);
  return known;
}

/**
 * The network centers' case files with their stage history. New files are numbered after the
 * seeded ones.
 */
export async function seedCaseFiles(tx: MinistryTransaction): Promise<void> {
  const folder = syntheticData('ministry');
  const files = await readCsv<CaseFileCsv>(folder, 'case-files.csv');
  for (const batch of chunks(files, 1000)) {
    await tx.insert(caseFiles).values(
      batch.map((row) => ({
        id: row.id,
        personId: row.person_id,
        centerId: row.center_id,
        counselorId: row.counselor_id,
        name: row.name,
        birthDate: row.birth_date,
        phone: row.phone,
        residenceRegionCode: row.residence_region_code,
        stage: stage(row.stage),
        stageChangedOn: row.stage_changed_on,
        placementRecordId: orNull(row.placement_record_id),
        openedOn: row.opened_on,
      })),
    );
  }
  const history = await readCsv<StageChangeCsv>(folder, 'case-stage-history.csv');
  for (const batch of chunks(history, 2000)) {
    await tx.insert(caseStageChanges).values(
      batch.map((row) => ({
        caseFileId: row.case_file_id,
        stage: stage(row.stage),
        enteredOn: row.entered_on,
      })),
    );
  }
  await tx.execute(sql`
    select setval('ministry.case_file_numbers',
      greatest(1, (select coalesce(max(substr(id, 3)::int), 0) from ministry.case_files)))`);
}
