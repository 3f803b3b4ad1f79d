import { readFile } from 'node:fs/promises';
import {
  createLocalJWKSet,
  errors,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
} from 'jose';

export interface JwksSource {
  readonly description: string;
  load(): Promise<JSONWebKeySet>;
}

/** The identity provider's published keys. Redirects are not followed, and a slow answer
 * fails after `timeoutMs`. */
export function jwksFromUrl(url: string, timeoutMs = 5000): JwksSource {
  return {
    description: url,
    load: async () => {
      const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`JWKS answered HTTP ${response.status}`);
      return (await response.json()) as JSONWebKeySet;
    },
  };
}

export function jwksFromFile(path: string): JwksSource {
  return {
    description: path,
    load: async () => JSON.parse(await readFile(path, 'utf8')) as JSONWebKeySet,
  };
}

/** Header parameters that point at keys chosen by whoever made the token: never followed. */
const UNTRUSTED_KEY_HEADERS = ['jku', 'x5u', 'jwk', 'x5c'] as const;

export interface KeyStoreOptions {
  /** After a fetch caused by an unknown key id, another such fetch waits this long: a stream of
   * forged key ids cannot make us hammer the provider. */
  readonly refetchCooldownMs: number;
  /** Keys are refreshed in the background this often; a failed refresh keeps the old keys. */
  readonly refreshIntervalMs: number;
  readonly onRefreshFailed?: (error: unknown) => void;
}

/**
 * The identity provider's keys, kept in memory. Rotation is picked up without a restart: a token
 * signed with an unknown key id refetches the set (at most once per cooldown). The last good set
 * keeps working while the provider is unreachable.
 */
export class JwksKeyStore {
  private keys: ReturnType<typeof createLocalJWKSet> | undefined;
  private kids = new Set<string>();
  private lastUnknownKidFetch = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly source: JwksSource,
    private readonly options: KeyStoreOptions,
  ) {
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.options.onRefreshFailed?.(error));
    }, options.refreshIntervalMs);
    this.timer.unref();
  }

  /** Fetches the set now (deduplicated); on failure the previous set stays in use. */
  refresh(): Promise<void> {
    this.pending ??= this.source
      .load()
      .then((set) => {
        if (!Array.isArray(set?.keys)) throw new Error('not a JSON Web Key Set');
        this.keys = createLocalJWKSet(set);
        this.kids = new Set(set.keys.map((key) => key.kid).filter((kid): kid is string => !!kid));
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** The key-resolver function jose's jwtVerify takes. */
  readonly resolve = async (header: JWSHeaderParameters, token: FlattenedJWSInput) => {
    for (const parameter of UNTRUSTED_KEY_HEADERS) {
      if (parameter in header) {
        throw new errors.JWSInvalid(`the "${parameter}" header parameter is not accepted`);
      }
    }
    const unknownKid = header.kid !== undefined && !this.kids.has(header.kid);
    const mayRefetch = Date.now() - this.lastUnknownKidFetch >= this.options.refetchCooldownMs;
    if (!this.keys || (unknownKid && mayRefetch)) {
      if (this.keys) this.lastUnknownKidFetch = Date.now();
      try {
        await this.refresh();
      } catch (error) {
        this.options.onRefreshFailed?.(error);
        if (!this.keys)
          throw new errors.JWKSNoMatchingKey('the identity provider’s keys are unavailable');
      }
    }
    if (!this.keys) throw new errors.JWKSNoMatchingKey();
    return this.keys(header, token);
  };

  close(): void {
    clearInterval(this.timer);
  }
}
