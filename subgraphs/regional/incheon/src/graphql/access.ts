import { assertMaySeePerson } from '@jobgraph/subgraph-kit';
import type { IncheonContext } from './context.js';

/** The action recorded when staff read a person's records, one per kind of record. */
export const READ = {
  demandDayRegistrations: 'read:job-demand-day-registrations',
} as const;

/**
 * Refuses anyone but the person and the Ministry's staff (the center is the Ministry's), and
 * records a staff member's read, which needs a reason.
 */
export function readPersonal(
  context: IncheonContext,
  personId: string,
  action: (typeof READ)[keyof typeof READ],
): void {
  assertMaySeePerson(context, personId, 'ministry');
  context.access.read(personId, action);
}
