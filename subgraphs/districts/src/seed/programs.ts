import { z } from 'zod';
import { PROGRAM_RULE_KINDS, programRules, programs } from '../db/schema.js';
import { readSeedJson } from './files.js';
import type { DistrictsTransaction } from './transaction.js';

const programFile = z.object({
  programs: z.array(
    z.object({
      id: z.string(),
      nameKo: z.string(),
      nameEn: z.string(),
      centerId: z.string(),
      monthlyAmountKrw: z.number().int().positive(),
      maxMonths: z.number().int().positive(),
      maxAmountKrw: z.number().int().positive(),
      rules: z.array(
        z.object({
          kind: z.enum(PROGRAM_RULE_KINDS),
          descriptionKo: z.string(),
          descriptionEn: z.string(),
        }),
      ),
    }),
  ),
});

/** The districts' programmes and their rules, from seed/programs.json. */
export async function seedPrograms(tx: DistrictsTransaction): Promise<void> {
  const file = await readSeedJson('programs.json', programFile);
  for (const { rules, ...program } of file.programs) {
    await tx.insert(programs).values(program);
    await tx
      .insert(programRules)
      .values(rules.map((rule, position) => ({ programId: program.id, position, ...rule })));
  }
}
