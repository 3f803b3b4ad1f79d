import { readCsv, syntheticData } from '@jobgraph/data';
import { applicationEvents, members, programApplications } from '../db/schema.js';
import type { CityTransaction } from './transaction.js';

type ApplicationCsv = Record<
  | 'member_id'
  | 'sector'
  | 'program_type_id'
  | 'training_field_code'
  | 'employment_status'
  | 'submitted_at'
  | 'applicant_name'
  | 'phone'
  | 'birth_date'
  | 'residence_region_code',
  string
>;
type ApplicationInsert = typeof programApplications.$inferInsert;

/** Attractive Jobs applications of the synthetic population's story people. */
export async function seedApplications(tx: CityTransaction): Promise<void> {
  const rows = await readCsv<ApplicationCsv>(syntheticData('city'), 'applications.csv');
  if (rows.length === 0) return;
  await tx
    .insert(members)
    .values(rows.map((row) => ({ id: row.member_id })))
    .onConflictDoNothing();
  const stored = await tx
    .insert(programApplications)
    .values(
      rows.map(
        (row): ApplicationInsert => ({
          programId: 'seoul-attractive-jobs-2026',
          memberId: row.member_id,
          sector: row.sector as ApplicationInsert['sector'],
          programTypeId: row.program_type_id || null,
          trainingFieldCode: row.training_field_code || null,
          applicantName: row.applicant_name,
          phone: row.phone,
          birthDate: row.birth_date,
          residenceRegionCode: row.residence_region_code,
          employmentStatus: row.employment_status as ApplicationInsert['employmentStatus'],
          submittedAt: new Date(row.submitted_at),
        }),
      ),
    )
    .returning({ id: programApplications.id, submittedAt: programApplications.submittedAt });
  await tx.insert(applicationEvents).values(
    stored.map(({ id, submittedAt }) => ({
      applicationId: id,
      status: 'SUBMITTED' as const,
      at: submittedAt,
    })),
  );
}
