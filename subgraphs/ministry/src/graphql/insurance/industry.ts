import type { IndustryRow } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';
import { referenceData } from '../reference-data.js';
import { required } from '../required.js';

/** A KSIC section from the code list held in memory: no statement. */
export async function industrySection(
  context: MinistryContext,
  code: string,
): Promise<IndustryRow> {
  return required((await referenceData(context.db)).industries.get(code), 'KSIC section');
}
