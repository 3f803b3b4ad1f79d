import { assertMaySeePerson, forbidden, requireStaff } from '@jobgraph/subgraph-kit';
import { GUMI_CENTER_ID } from '../db/schema.js';
import type { GumiContext } from './context.js';

/** The action recorded when staff read a person's records, one per kind of record. */
export const READ = {
  careerDesignBookings: 'read:career-design-bookings',
} as const;

/**
 * Refuses anyone but the person and the Ministry's staff (the center is the Ministry's), and
 * records a staff member's read, which needs a reason.
 */
export function readPersonal(
  context: GumiContext,
  personId: string,
  action: (typeof READ)[keyof typeof READ],
): void {
  assertMaySeePerson(context, personId, 'ministry');
  context.access.read(personId, action);
}

/** The Ministry's staff member calling: the staff member is the caller, never an input. */
export function requireGumiStaff(context: GumiContext) {
  const staff = requireStaff(context, 'ministry');
  // A center's staff act only on their own center's records; staff of no one center on every one.
  if (staff.center !== undefined && staff.center !== GUMI_CENTER_ID) {
    throw forbidden('only the Gumi center’s staff can do this');
  }
  return staff;
}
