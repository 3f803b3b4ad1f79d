import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

interface StoredKey {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
  readonly createdAt: string;
}

const ALGORITHM = 'RS256';
/** After a rotation the previous key stays published, so tokens it signed stay valid. */
const PUBLISHED_KEYS = 2;

/** The provider's signing keys, kept in a file; the newest signs. */
export class KeyRing {
  private constructor(
    private readonly file: string,
    private keys: StoredKey[],
  ) {}

  static async open(file: string): Promise<KeyRing> {
    let keys: StoredKey[] = [];
    try {
      keys = (JSON.parse(await readFile(file, 'utf8')) as { keys: StoredKey[] }).keys;
    } catch {
      keys = [];
    }
    const ring = new KeyRing(file, keys);
    if (keys.length === 0) await ring.rotate();
    return ring;
  }

  /** Makes a new signing key; the previous one is still published until the next rotation. */
  async rotate(): Promise<string> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const kid = randomUUID();
    const key: StoredKey = {
      kid,
      privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALGORITHM, use: 'sig' },
      publicJwk: { ...(await exportJWK(publicKey)), kid, alg: ALGORITHM, use: 'sig' },
      createdAt: new Date().toISOString(),
    };
    this.keys = [key, ...this.keys].slice(0, PUBLISHED_KEYS);
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ keys: this.keys }, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(temporary, this.file);
    return kid;
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.keys.map((key) => key.publicJwk) };
  }

  async signingKey(): Promise<{ kid: string; key: CryptoKey; alg: string }> {
    const [newest] = this.keys;
    if (!newest) throw new Error('no signing key');
    const key = await importJWK(newest.privateJwk, ALGORITHM);
    if (key instanceof Uint8Array) throw new Error('the signing key is not asymmetric');
    return { kid: newest.kid, key, alg: ALGORITHM };
  }
}
