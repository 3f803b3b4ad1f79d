/**
 * Who is asking. Roles come from the integrated-membership token; scopes are what the schema's
 * `@requiresScopes` asks for; `agency` and `center` say whose staff a counselor is.
 */
export const Role = {
  CITIZEN: 'citizen',
  COUNSELOR: 'counselor',
  CENTER_PUBLISHER: 'center-publisher',
  ANALYST: 'analyst',
  ADMIN: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** The agencies whose staff a counselor can be, by their subgraph's name. */
export const STAFF_AGENCIES = ['city', 'districts', 'fiftyplus', 'ministry'] as const;
export type StaffAgency = (typeof STAFF_AGENCIES)[number];

export interface Viewer {
  /** The token's subject: a member id (`M…`) for a citizen, a staff id otherwise. */
  readonly subject: string;
  readonly roles: readonly Role[];
  readonly scopes: readonly string[];
  /** For staff: the agency they work for; their access to personal data stops at its records. */
  readonly agency?: StaffAgency;
  /** For staff of a center: the center's id. */
  readonly center?: string;
  /** The client's address as the gateway saw it, for access records. */
  readonly clientAddress?: string;
  /** Why staff are reading someone's personal data in this request (header `x-access-reason`). */
  readonly accessReason?: string;
}

export const hasRole = (viewer: Viewer | undefined, role: Role): boolean =>
  viewer?.roles.includes(role) ?? false;

export const hasScope = (viewer: Viewer | undefined, scope: string): boolean =>
  viewer?.scopes.includes(scope) ?? false;

/** The member id whose own data the viewer may see: a citizen's subject. */
export const ownPersonId = (viewer: Viewer | undefined): string | undefined =>
  viewer && hasRole(viewer, Role.CITIZEN) ? viewer.subject : undefined;

/** Staff of `agency` (a counselor of that agency, or an admin). */
export const isStaffOf = (viewer: Viewer | undefined, agency: StaffAgency): boolean =>
  viewer !== undefined &&
  (hasRole(viewer, Role.ADMIN) || (hasRole(viewer, Role.COUNSELOR) && viewer.agency === agency));
