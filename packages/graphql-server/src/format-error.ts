import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '@jobgraph/runtime';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from './errors.js';

/**
 * Turns a known non-GraphQL failure (a subgraph that did not answer, say) into a public error;
 * returns undefined for anything it does not recognise.
 */
export type ErrorClassifier = (
  error: unknown,
) => { readonly code: string; readonly message: string } | undefined;

/**
 * The one boundary that sorts errors: public ones keep their code and message; known failures
 * are classified; anything else (a driver error, a bug) is logged with its cause under an
 * incident id and reaches the client as INTERNAL with that id only: no message, stack, SQL or
 * URL.
 */
export function createErrorFormatter(logger: Logger, classify?: ErrorClassifier) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const where = {
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    const code = formatted.extensions?.code;
    if (isPublicCode(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = unwrapResolverError(error);
    const known = classify?.(cause);
    if (known) {
      logger.warn({ err: cause, code: known.code, path: formatted.path }, known.message);
      return { message: known.message, ...where, extensions: { code: known.code } };
    }
    const incident = randomUUID();
    logger.error({ err: cause, incident, path: formatted.path }, 'internal error');
    return {
      message: 'Internal error',
      ...where,
      extensions: { code: ErrorCode.INTERNAL, incident },
    };
  };
}
