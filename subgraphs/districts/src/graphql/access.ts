import { assertMaySeePerson, forbidden, requireStaff } from '@jobgraph/subgraph-kit';
import type { DistrictsContext } from './context.js';

/** The district staff member calling (a counselor of the districts, or an admin). */
export type DistrictStaff = ReturnType<typeof requireStaff>;

/** The caller, who must be district staff: the staff member is the caller, never an input. */
export function requireDistrictStaff(context: DistrictsContext): DistrictStaff {
  return requireStaff(context, 'districts');
}

/**
 * Whether the staff member may act on a center's records: a center's staff act only on their
 * own center's; staff of no one center (an admin, agency-wide staff) act on every center's.
 */
export function actsForCenter(staff: DistrictStaff, centerId: string): boolean {
  return staff.center === undefined || staff.center === centerId;
}

/** As `actsForCenter`, failing with FORBIDDEN. */
export function assertActsForCenter(staff: DistrictStaff, centerId: string): void {
  if (!actsForCenter(staff, centerId)) {
    throw forbidden('you may act only on your own center’s records');
  }
}

/** The action recorded when staff read a person's records, one per kind of record. */
export const READ = {
  consultations: 'read:consultations',
  jobFairRegistrations: 'read:job-fair-registrations',
  placements: 'read:placements',
  hiringIncentiveApplications: 'read:hiring-incentive-applications',
} as const;

/** Refuses anyone but the person and district staff, and records a staff member's read. */
export function readPersonal(
  context: DistrictsContext,
  personId: string,
  action: (typeof READ)[keyof typeof READ],
): void {
  assertMaySeePerson(context, personId, 'districts');
  context.access.read(personId, action);
}
