import { type CryptoKey, errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { INTERNAL_ALGORITHM } from './keys.js';
import { ROLES, type Role, STAFF_AGENCIES, type Viewer } from './viewer.js';

/** The header carrying the gateway-signed identity to subgraphs. */
export const IDENTITY_HEADER = 'x-jobgraph-identity';
const ISSUER = 'jobgraph-gateway';
const AUDIENCE = 'jobgraph-subgraphs';
/** Long enough for one request's subgraph calls, too short to be worth stealing. */
const LIFETIME_SECONDS = 60;

const claims = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES as [Role, ...Role[]])),
  scope: z.string(),
  agency: z.enum(STAFF_AGENCIES).optional(),
  center: z.string().optional(),
  addr: z.string().optional(),
  reason: z.string().max(200).optional(),
});

/** The gateway signs who the caller is, for one request's subgraph calls. */
export async function signIdentity(viewer: Viewer, key: CryptoKey): Promise<string> {
  return new SignJWT({
    roles: [...viewer.roles],
    scope: viewer.scopes.join(' '),
    ...(viewer.agency ? { agency: viewer.agency } : {}),
    ...(viewer.center ? { center: viewer.center } : {}),
    ...(viewer.clientAddress ? { addr: viewer.clientAddress } : {}),
    ...(viewer.accessReason ? { reason: viewer.accessReason } : {}),
  })
    .setProtectedHeader({ alg: INTERNAL_ALGORITHM, typ: 'jobgraph-identity+jwt' })
    .setSubject(viewer.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(key);
}

/**
 * A subgraph's reading of the identity header: the viewer when the gateway signed it and it is
 * current, otherwise nobody. A request that did not come through the gateway cannot claim to
 * be anyone.
 */
export async function verifyIdentity(
  token: string | undefined,
  key: CryptoKey | undefined,
): Promise<Viewer | undefined> {
  if (!token || !key) return undefined;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [INTERNAL_ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: 5,
      typ: 'jobgraph-identity+jwt',
    });
    const parsed = claims.safeParse(payload);
    if (!parsed.success) return undefined;
    const { sub, roles, scope, agency, center, addr, reason } = parsed.data;
    return {
      subject: sub,
      roles,
      scopes: scope.split(' ').filter(Boolean),
      ...(agency ? { agency } : {}),
      ...(center ? { center } : {}),
      ...(addr ? { clientAddress: addr } : {}),
      ...(reason ? { accessReason: reason } : {}),
    };
  } catch (error) {
    if (error instanceof errors.JOSEError) return undefined;
    throw error;
  }
}
