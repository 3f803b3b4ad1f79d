import {
  hasRole,
  hasScope,
  isStaffOf,
  ownPersonId,
  Role,
  type StaffAgency,
  type Viewer,
} from '@jobgraph/auth';
import { forbidden, unauthenticated } from '@jobgraph/graphql-server';

/**
 * The subgraph's own checks, behind the gateway's: a field or mutation that needs data to decide
 * (is this the caller's own record? is the caller staff of this agency?) decides here, so a
 * request that slipped past the gateway still gets nothing it may not see.
 */
interface WithViewer {
  readonly viewer: Viewer | undefined;
}

export function requireViewer(context: WithViewer): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

/**
 * A caller holding `scope`, the subgraph's own check behind the gateway's `@requiresScopes`:
 * UNAUTHENTICATED when signed out (or around the gateway), FORBIDDEN without the scope.
 */
export function requireScope(context: WithViewer, scope: string): Viewer {
  const viewer = requireViewer(context);
  if (!hasScope(viewer, scope)) throw forbidden(`this needs the scope ${scope}`);
  return viewer;
}

/** The calling citizen's own member id: mutations for a person act for the caller only. */
export function requireCitizen(context: WithViewer): string {
  const viewer = requireViewer(context);
  const personId = ownPersonId(viewer);
  if (!personId) throw forbidden('only a signed-in member can do this for themself');
  return personId;
}

/** Staff of `agency` (its counselors, or an admin); returns who they are. */
export function requireStaff(context: WithViewer, agency: StaffAgency): Viewer {
  const viewer = requireViewer(context);
  if (!isStaffOf(viewer, agency)) throw forbidden(`only ${agency} staff can do this`);
  return viewer;
}

/** Whether the caller may see this person's records held by `agency`: their own, or its staff. */
export function maySeePerson(context: WithViewer, personId: string, agency: StaffAgency): boolean {
  return ownPersonId(context.viewer) === personId || isStaffOf(context.viewer, agency);
}

/** As `maySeePerson`, failing with UNAUTHENTICATED or FORBIDDEN (no data, no hint of any). */
export function assertMaySeePerson(
  context: WithViewer,
  personId: string,
  agency: StaffAgency,
): void {
  if (maySeePerson(context, personId, agency)) return;
  if (!context.viewer) throw unauthenticated();
  throw forbidden('you may see only your own records');
}

/** Staff reading someone else's records must say why (recorded with the access). */
export function isStaffReadingOthers(context: WithViewer, personId: string): boolean {
  return (
    context.viewer !== undefined &&
    ownPersonId(context.viewer) !== personId &&
    (hasRole(context.viewer, Role.COUNSELOR) || hasRole(context.viewer, Role.ADMIN))
  );
}
