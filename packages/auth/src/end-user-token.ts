import { errors, jwtVerify } from 'jose';
import { z } from 'zod';
import type { JwksKeyStore } from './jwks-key-store.js';
import { ROLES, type Role, Role as Roles, STAFF_AGENCIES, type Viewer } from './viewer.js';

/** The asymmetric algorithms we accept; `none` and HMAC (alg confusion) never are. */
export const ACCEPTED_ALGORITHMS = ['RS256', 'ES256'] as const;
export type AcceptedAlgorithm = (typeof ACCEPTED_ALGORITHMS)[number];

export interface EndUserTokenOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly AcceptedAlgorithm[];
  /** Allowed clock difference with the identity provider, in seconds (bounded by config). */
  readonly clockToleranceSeconds: number;
  readonly keys: JwksKeyStore;
}

/** Why a token was refused: said to the client as a stable reason, with nothing else. */
export type RejectionReason =
  | 'malformed'
  | 'bad-signature'
  | 'unknown-key'
  | 'algorithm-not-allowed'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'untrusted-key-header';

export class TokenRejected extends Error {
  constructor(readonly reason: RejectionReason) {
    super(`access token rejected: ${reason}`);
    this.name = 'TokenRejected';
  }
}

const claims = z.object({
  sub: z.string().min(1).max(128),
  roles: z.array(z.string()).optional(),
  scope: z.string().optional(),
  agency: z.enum(STAFF_AGENCIES).optional(),
  center: z.string().max(64).optional(),
});

function reasonFor(error: unknown): RejectionReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not-yet-valid';
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'aud') return 'wrong-audience';
    return 'missing-claim';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm-not-allowed';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
  if (
    error instanceof errors.JWSInvalid &&
    /header parameter is not accepted/.test(error.message)
  ) {
    return 'untrusted-key-header';
  }
  return 'malformed';
}

/**
 * Verifies an integrated-membership access token: signature by a key of the provider's set, an
 * accepted algorithm, `iss`, `aud`, `exp`, `sub` present and right, `nbf` honoured, clock skew
 * bounded. Returns who the caller is; throws TokenRejected otherwise.
 */
export async function verifyEndUserToken(
  token: string,
  options: EndUserTokenOptions,
): Promise<Viewer> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, options.keys.resolve, {
      algorithms: [...options.algorithms],
      issuer: options.issuer,
      audience: options.audience,
      requiredClaims: ['exp', 'sub', 'iss', 'aud'],
      clockTolerance: options.clockToleranceSeconds,
    }));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new TokenRejected(reasonFor(error));
    throw error;
  }
  const parsed = claims.safeParse(payload);
  if (!parsed.success) throw new TokenRejected('missing-claim');
  const { sub, roles = [Roles.CITIZEN], scope = '', agency, center } = parsed.data;
  const known = roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return {
    subject: sub,
    roles: known,
    scopes: scope.split(' ').filter(Boolean),
    ...(agency ? { agency } : {}),
    ...(center ? { center } : {}),
  };
}
