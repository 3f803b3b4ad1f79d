import { createHash } from 'node:crypto';
import { INTERNAL_ALGORITHM } from '@jobgraph/auth';
import { CompactSign, type CryptoKey, compactVerify } from 'jose';

/** A supergraph as the registry hands it out: the SDL and the registry's signature over it. */
export interface SupergraphArtifact {
  readonly version: number;
  readonly createdAt: string;
  readonly sdl: string;
  /** Compact JWS over `{ version, sha256, createdAt }`. */
  readonly signature: string;
}

/** Refused: not signed by the registry's key, or not the SDL the signature names. */
export class ArtifactSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArtifactSignatureError';
  }
}

const ARTIFACT_TYPE = 'jobgraph-supergraph';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function signArtifact(
  artifact: Omit<SupergraphArtifact, 'signature'>,
  key: CryptoKey,
): Promise<string> {
  const payload = JSON.stringify({
    version: artifact.version,
    sha256: sha256(artifact.sdl),
    createdAt: artifact.createdAt,
  });
  return new CompactSign(new TextEncoder().encode(payload))
    .setProtectedHeader({ alg: INTERNAL_ALGORITHM, typ: ARTIFACT_TYPE })
    .sign(key);
}

/** Throws ArtifactSignatureError unless the registry signed exactly this SDL and version. */
export async function verifyArtifact(artifact: SupergraphArtifact, key: CryptoKey): Promise<void> {
  let payload: { version?: unknown; sha256?: unknown };
  try {
    const verified = await compactVerify(artifact.signature, key, {
      algorithms: [INTERNAL_ALGORITHM],
    });
    if (verified.protectedHeader.typ !== ARTIFACT_TYPE) throw new Error('wrong type');
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as typeof payload;
  } catch {
    throw new ArtifactSignatureError('the supergraph is not signed by the registry');
  }
  if (payload.version !== artifact.version || payload.sha256 !== sha256(artifact.sdl)) {
    throw new ArtifactSignatureError('the supergraph does not match its signature');
  }
}
