import type { ProgramRow } from '../../db/schema.js';

/** The incentive for a hire: the monthly amount for each month claimed, up to the cap. */
export function incentiveAmount(
  program: Pick<ProgramRow, 'monthlyAmountKrw' | 'maxAmountKrw'>,
  monthsClaimed: number,
): number {
  return Math.min(program.monthlyAmountKrw * monthsClaimed, program.maxAmountKrw);
}
