import { assertMaySeePerson } from '@jobgraph/subgraph-kit';
import type { MinistryContext } from '../context.js';

/** What the access log says was read: a case file, or employment-insurance records. */
export const READ_CASE_FILE = 'read:case-file';
export const READ_INSURANCE_RECORDS = 'read:employment-insurance-records';

/**
 * The check before a person's data leaves: the person themself, or the Ministry's staff (any
 * center's); anyone else gets FORBIDDEN, or UNAUTHENTICATED when signed out. Staff reads are
 * recorded in the access log and refused without a reason; the person's own are not recorded.
 */
export function seePersonalData(context: MinistryContext, personId: string, action: string): void {
  assertMaySeePerson(context, personId, 'ministry');
  context.access.read(personId, action);
}
