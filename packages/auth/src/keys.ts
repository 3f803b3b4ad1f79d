import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

/** The algorithm of the gateway's identity tokens: Ed25519 signatures are small and fast. */
export const INTERNAL_ALGORITHM = 'EdDSA';

export interface KeyPairJwks {
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

/** A fresh Ed25519 key pair as JWKs (for `pnpm start` and tests; production keys are given). */
export async function generateInternalKeyPair(): Promise<KeyPairJwks> {
  const { privateKey, publicKey } = await generateKeyPair(INTERNAL_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  return { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
}

/** Reads a key given as JWK JSON (the form config carries it in). */
export async function importInternalKey(json: string): Promise<CryptoKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new Error('the key is not JWK JSON');
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error('the key is not an Ed25519 JWK');
  const key = await importJWK(jwk, INTERNAL_ALGORITHM);
  if (key instanceof Uint8Array) throw new Error('the key is not an asymmetric key');
  return key;
}
