import { z } from 'zod';
import {
  centerAwards,
  centerServices,
  centers,
  GENERATIONS,
  JOB_FAIR_CADENCES,
  MEETING_FREQUENCIES,
  WEEKDAYS,
} from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { DistrictsTransaction } from './transaction.js';

const centerFile = z.object({
  centers: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      regionCode: z.string(),
      address: z.string(),
      openedOn: z.iso.date(),
      budgetSavedKrw: z.number().int().nullable(),
      adoptedModelOf: z.string().nullable(),
      meeting: z
        .object({
          nameKo: z.string(),
          nameEn: z.string(),
          frequency: z.enum(MEETING_FREQUENCIES),
          weekday: z.enum(WEEKDAYS),
        })
        .nullable(),
      jobFairCadence: z.enum(JOB_FAIR_CADENCES).nullable(),
      services: z.array(
        z.object({
          code: z.string(),
          nameKo: z.string(),
          nameEn: z.string(),
          generation: z.enum(GENERATIONS),
          minAge: z.number().int().nullable(),
          maxAge: z.number().int().nullable(),
        }),
      ),
      awards: z.array(
        z.object({
          year: z.number().int(),
          nameKo: z.string(),
          nameEn: z.string(),
          prizeKo: z.string(),
          prizeEn: z.string(),
        }),
      ),
    }),
  ),
});

/** The integrated centers with their services and awards, from seed/centers.json. */
export async function seedCenters(tx: DistrictsTransaction): Promise<void> {
  const file = await readSeedJson('centers.json', centerFile);
  // Models first: a center refers to the one whose model it adopted.
  const ordered = [...file.centers].sort(
    (a, b) => Number(a.adoptedModelOf !== null) - Number(b.adoptedModelOf !== null),
  );
  for (const center of ordered) {
    await tx.insert(centers).values({
      id: center.id,
      nameKo: center.nameKo,
      nameEn: center.nameEn,
      regionCode: center.regionCode,
      address: center.address,
      openedOn: center.openedOn,
      budgetSavedKrw: center.budgetSavedKrw,
      adoptedModelOf: center.adoptedModelOf,
      meetingNameKo: center.meeting?.nameKo ?? null,
      meetingNameEn: center.meeting?.nameEn ?? null,
      meetingFrequency: center.meeting?.frequency ?? null,
      meetingWeekday: center.meeting?.weekday ?? null,
      jobFairCadence: center.jobFairCadence,
    });
    await tx
      .insert(centerServices)
      .values(
        center.services.map((service, position) => ({ centerId: center.id, position, ...service })),
      );
    if (center.awards.length > 0) {
      await tx
        .insert(centerAwards)
        .values(
          center.awards.map((award, position) => ({ centerId: center.id, position, ...award })),
        );
    }
  }
}
