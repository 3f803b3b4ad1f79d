import type { IncomingMessage } from 'node:http';
import {
  JwksKeyStore,
  jwksFromFile,
  jwksFromUrl,
  TokenRejected,
  type Viewer,
  verifyEndUserToken,
} from '@jobgraph/auth';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../env.js';

export interface Authenticator {
  /** Who the request is from: undefined for nobody; throws UNAUTHENTICATED for a bad token. */
  viewerFor(request: IncomingMessage): Promise<Viewer | undefined>;
  close(): void;
}

const REASON_HEADER = 'x-access-reason';
const REASON_MAX = 200;

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Verifies the integrated-membership token of each request (`Authorization: Bearer …`). */
export function createAuthenticator(
  config: GatewayConfig['auth'],
  onKeyRefreshFailed: (error: unknown) => void,
): Authenticator {
  const keys = config
    ? new JwksKeyStore(
        config.jwks.kind === 'url' ? jwksFromUrl(config.jwks.url) : jwksFromFile(config.jwks.path),
        {
          refetchCooldownMs: config.refetchCooldownMs,
          refreshIntervalMs: config.refreshIntervalMs,
          onRefreshFailed: onKeyRefreshFailed,
        },
      )
    : undefined;
  if (keys) keys.refresh().catch(onKeyRefreshFailed);

  return {
    viewerFor: async (request) => {
      const header = request.headers.authorization;
      if (!header) return undefined;
      const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header.trim());
      if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
      if (!config || !keys) throw unauthenticated('sign-in is not enabled on this gateway');
      let viewer: Viewer;
      try {
        viewer = await verifyEndUserToken(match[1], { ...config, keys });
      } catch (error) {
        if (error instanceof TokenRejected) throw unauthenticated(error.message);
        throw error;
      }
      const reason = request.headers[REASON_HEADER];
      const accessReason = typeof reason === 'string' ? reason.trim() : '';
      if (accessReason.length > REASON_MAX) {
        throw new GraphQLError(
          `the ${REASON_HEADER} header is longer than ${REASON_MAX} characters`,
          {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          },
        );
      }
      return {
        ...viewer,
        ...(request.socket.remoteAddress ? { clientAddress: request.socket.remoteAddress } : {}),
        ...(accessReason ? { accessReason } : {}),
      };
    },
    close: () => keys?.close(),
  };
}
