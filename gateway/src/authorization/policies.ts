import { hasRole, Role, type Viewer } from '@jobgraph/auth';

/**
 * The named policies of `@policy`, decided from who the caller is. Policies that need the data
 * (is this record the caller's own?) are decided again, with the data, by the owning subgraph.
 */
const POLICIES: Record<string, (viewer: Viewer) => boolean> = {
  /** A member (for their own records) or staff (for their agency's). */
  'self-or-staff': (viewer) =>
    hasRole(viewer, Role.CITIZEN) || hasRole(viewer, Role.COUNSELOR) || hasRole(viewer, Role.ADMIN),
  /** Counselors and other staff of an agency, or an admin. */
  staff: (viewer) => hasRole(viewer, Role.COUNSELOR) || hasRole(viewer, Role.ADMIN),
  admin: (viewer) => hasRole(viewer, Role.ADMIN),
};

export function satisfiesPolicy(viewer: Viewer, policy: string): boolean {
  // An unknown policy name is a mistake in a schema: it admits nobody.
  return POLICIES[policy]?.(viewer) ?? false;
}

export const KNOWN_POLICIES = Object.keys(POLICIES);
