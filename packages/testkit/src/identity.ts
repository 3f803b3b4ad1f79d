import {
  IDENTITY_HEADER,
  importInternalKey,
  Role,
  type StaffAgency,
  signIdentity,
  type Viewer,
} from '@jobgraph/auth';
import { inject } from 'vitest';

/** The headers the gateway would add for this viewer: a subgraph test can call as them. */
export async function asViewer(viewer: Viewer): Promise<Record<string, string>> {
  const key = await importInternalKey(inject('gatewayIdentityKeys').privateJwk);
  return { [IDENTITY_HEADER]: await signIdentity(viewer, key) };
}

/** A signed-in member. */
export function citizen(personId: string): Viewer {
  return { subject: personId, roles: [Role.CITIZEN], scopes: [] };
}

/** A counselor of an agency (optionally of one center), reading for `reason` when given. */
export function counselor(
  agency: StaffAgency,
  subject: string,
  options: { center?: string; reason?: string } = {},
): Viewer {
  return {
    subject,
    roles: [Role.COUNSELOR],
    scopes: [],
    agency,
    ...(options.center ? { center: options.center } : {}),
    ...(options.reason ? { accessReason: options.reason } : {}),
  };
}

/** An analyst (identity/accounts.json's `analyst-01`): reads the analytics, nothing personal. */
export function analyst(subject = 'analyst-01'): Viewer {
  return { subject, roles: [Role.ANALYST], scopes: ['analytics:read'] };
}
