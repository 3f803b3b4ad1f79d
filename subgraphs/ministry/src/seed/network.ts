import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { MinistryTransaction } from '../db/database.js';
import {
  centerServiceAreas,
  centers,
  consortiumMembers,
  counselors,
  networkPhases,
  networks,
  packageComponents,
  programs,
  strategies,
  strategyLines,
  targetIndustries,
  targetIndustryRegions,
} from '../db/schema.js';

/** This subgraph's own seed files. */
const seedDir = new URL('../../seed/', import.meta.url);

const regionCode = z.string().regex(/^\d{2}(\d{3})?$/);
const networkFile = z.object({
  network: z.object({
    id: z.string(),
    nameKo: z.string(),
    nameEn: z.string(),
    minimumAge: z.number().int(),
    packageProgramId: z.string(),
    phases: z.array(
      z.object({
        year: z.number().int(),
        kind: z.enum(['PILOT', 'NATIONWIDE']),
        employmentCenters: z.number().int(),
        approximate: z.boolean(),
      }),
    ),
  }),
  programs: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      kind: z.enum(['PROGRAM', 'PACKAGE']),
      area: z.enum(['NATIONAL', 'NETWORK']),
      components: z.array(
        z.object({
          kind: z.enum([
            'CAREER_DESIGN',
            'TRAINING',
            'JOB_EXPERIENCE',
            'PLACEMENT',
            'SEEKER_INCENTIVE',
            'EMPLOYER_INCENTIVE',
          ]),
          nameKo: z.string(),
          nameEn: z.string(),
          programId: z.string().nullable(),
        }),
      ),
    }),
  ),
  strategies: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      lines: z.array(z.object({ ko: z.string(), en: z.string() })),
      targetIndustries: z.array(
        z.object({
          id: z.string(),
          nameKo: z.string(),
          nameEn: z.string(),
          section: z.string(),
          regions: z.array(regionCode),
        }),
      ),
    }),
  ),
  centers: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      regionCode,
      address: z.string(),
      strategyId: z.string(),
      serviceArea: z.array(regionCode),
      consortium: z.array(
        z.object({
          kind: z.enum([
            'EMPLOYMENT_CENTER',
            'MID_CAREER_SUPPORT_CENTER',
            'LOCAL_GOVERNMENT',
            'POLYTECHNIC_COLLEGE',
            'WOMENS_REEMPLOYMENT_CENTER',
          ]),
          nameKo: z.string(),
          nameEn: z.string(),
          regionCode,
        }),
      ),
      counselors: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});

/** The network, its programmes, strategies, centers and counselors, from seed/network.json. */
export async function seedNetwork(tx: MinistryTransaction): Promise<void> {
  const file = networkFile.parse(
    JSON.parse(await readFile(new URL('network.json', seedDir), 'utf8')),
  );
  await tx.insert(programs).values(
    file.programs.map((program, position) => ({
      id: program.id,
      nameKo: program.nameKo,
      nameEn: program.nameEn,
      kind: program.kind,
      area: program.area,
      position,
    })),
  );
  const components = file.programs.flatMap((program) =>
    program.components.map((component, position) => ({
      packageId: program.id,
      position,
      ...component,
    })),
  );
  if (components.length > 0) await tx.insert(packageComponents).values(components);

  const { phases, ...network } = file.network;
  await tx.insert(networks).values(network);
  await tx
    .insert(networkPhases)
    .values(phases.map((phase) => ({ networkId: network.id, ...phase })));

  for (const strategy of file.strategies) {
    await tx
      .insert(strategies)
      .values({ id: strategy.id, nameKo: strategy.nameKo, nameEn: strategy.nameEn });
    await tx.insert(strategyLines).values(
      strategy.lines.map((line, position) => ({
        strategyId: strategy.id,
        position,
        textKo: line.ko,
        textEn: line.en,
      })),
    );
    await tx.insert(targetIndustries).values(
      strategy.targetIndustries.map((industry, position) => ({
        id: industry.id,
        strategyId: strategy.id,
        position,
        nameKo: industry.nameKo,
        nameEn: industry.nameEn,
        sectionCode: industry.section,
      })),
    );
    await tx.insert(targetIndustryRegions).values(
      strategy.targetIndustries.flatMap((industry) =>
        industry.regions.map((code, position) => ({
          targetIndustryId: industry.id,
          regionCode: code,
          position,
        })),
      ),
    );
  }

  for (const center of file.centers) {
    await tx.insert(centers).values({
      id: center.id,
      nameKo: center.nameKo,
      nameEn: center.nameEn,
      regionCode: center.regionCode,
      address: center.address,
      strategyId: center.strategyId,
    });
    await tx.insert(centerServiceAreas).values(
      center.serviceArea.map((code, position) => ({
        centerId: center.id,
        regionCode: code,
        position,
      })),
    );
    await tx.insert(consortiumMembers).values(
      center.consortium.map((member, position) => ({
        centerId: center.id,
        position,
        ...member,
      })),
    );
    await tx
      .insert(counselors)
      .values(center.counselors.map((counselor) => ({ centerId: center.id, ...counselor })));
  }
}
