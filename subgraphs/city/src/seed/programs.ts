import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  programEligibilityRules,
  programSectors,
  programs,
  programTrainingFields,
  programTypes,
} from '../db/schema.js';

/** This subgraph's own seed files. */
const seedDir = new URL('../../seed/', import.meta.url);

import type { CityTransaction } from './transaction.js';

const sectorKind = z.enum(['PUBLIC', 'PRIVATE']);
const programFile = z.object({
  programs: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      agency: z.string(),
      areaRegionCode: z.string(),
      year: z.number().int(),
      previousYearPositions: z.number().int().nullable(),
      maxParticipationMonths: z.number().int(),
      training: z.object({
        mandatoryHours: z.number().int(),
        mandatoryWeeksMin: z.number().int(),
        mandatoryWeeksMax: z.number().int(),
        additionalHoursMax: z.number().int(),
      }),
      wage: z.object({
        basis: z.string(),
        hourly: z.number().int(),
        monthlyApprox: z.number().int(),
      }),
      examFeeReimbursement: z
        .object({ timesPerYear: z.number().int(), maxAmountPerTime: z.number().int() })
        .nullable(),
      sectors: z.array(
        z.object({
          kind: sectorKind,
          positions: z.number().int(),
          projects: z.number().int().nullable(),
        }),
      ),
      types: z.array(
        z.object({
          id: z.string(),
          sector: sectorKind,
          nameKo: z.string(),
          nameEn: z.string(),
          positions: z.number().int().nullable(),
          description: z.string().nullable(),
        }),
      ),
      trainingFields: z.array(
        z.object({
          code: z.string(),
          nameKo: z.string(),
          nameEn: z.string(),
          introducedIn: z.number().int().nullable(),
        }),
      ),
      eligibilityRules: z.array(
        z.object({
          kind: z.enum([
            'SEOUL_RESIDENT',
            'MIN_AGE',
            'UNEMPLOYED',
            'MAX_PRIOR_PARTICIPATION_MONTHS',
          ]),
          value: z.number().int().nullable(),
          description: z.string(),
        }),
      ),
    }),
  ),
});

/** The city's programmes with their published figures, from seed/programs.json. */
export async function seedPrograms(tx: CityTransaction): Promise<void> {
  const file = programFile.parse(
    JSON.parse(await readFile(new URL('programs.json', seedDir), 'utf8')),
  );
  for (const program of file.programs) {
    await tx.insert(programs).values({
      id: program.id,
      nameKo: program.nameKo,
      nameEn: program.nameEn,
      agency: program.agency,
      areaRegionCode: program.areaRegionCode,
      year: program.year,
      previousYearPositions: program.previousYearPositions,
      maxParticipationMonths: program.maxParticipationMonths,
      mandatoryTrainingHours: program.training.mandatoryHours,
      mandatoryTrainingWeeksMin: program.training.mandatoryWeeksMin,
      mandatoryTrainingWeeksMax: program.training.mandatoryWeeksMax,
      additionalTrainingHoursMax: program.training.additionalHoursMax,
      wageBasis: program.wage.basis,
      hourlyWage: program.wage.hourly,
      monthlyWageApprox: program.wage.monthlyApprox,
      examFeeTimesPerYear: program.examFeeReimbursement?.timesPerYear ?? null,
      examFeeMaxAmount: program.examFeeReimbursement?.maxAmountPerTime ?? null,
    });
    await tx
      .insert(programSectors)
      .values(program.sectors.map((sector) => ({ programId: program.id, ...sector })));
    await tx
      .insert(programTypes)
      .values(program.types.map((type) => ({ programId: program.id, ...type })));
    await tx.insert(programTrainingFields).values(
      program.trainingFields.map((field, position) => ({
        programId: program.id,
        position,
        ...field,
      })),
    );
    await tx.insert(programEligibilityRules).values(
      program.eligibilityRules.map((rule, position) => ({
        programId: program.id,
        position,
        ...rule,
      })),
    );
  }
}
