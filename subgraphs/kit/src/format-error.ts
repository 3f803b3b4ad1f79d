import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '@jobgraph/runtime';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from './errors.js';

/**
 * The one boundary that sorts errors: public ones keep their code and message; anything else
 * (a driver error, a bug) is logged with its cause under an incident id and reaches the client
 * as INTERNAL with that id only: no message, stack, SQL or URL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isPublicCode(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const incident = randomUUID();
    logger.error(
      { err: unwrapResolverError(error), incident, path: formatted.path },
      'internal error',
    );
    return {
      message: 'Internal error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL, incident },
    };
  };
}
