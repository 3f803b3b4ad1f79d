import { forbidden, requireStaff } from '@jobgraph/subgraph-kit';
import type { FiftyPlusContext } from './context.js';

export type FoundationStaff = ReturnType<typeof requireStaff>;

/** The foundation's staff member making this request: a campus counselor, or an admin. */
export function requireFoundationStaff(context: FiftyPlusContext): FoundationStaff {
  return requireStaff(context, 'fiftyplus');
}

/**
 * A campus's staff act only for the members their campus serves (the profile's campus); staff of
 * no one campus (admins) act for any.
 */
export function assertServesCampus(staff: FoundationStaff, campusId: string): void {
  if (staff.center === undefined || staff.center === campusId) return;
  throw forbidden('you may act only for members your campus serves');
}
