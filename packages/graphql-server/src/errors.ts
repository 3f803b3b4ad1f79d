import { GraphQLError } from 'graphql';

/**
 * The error codes a client may see in `extensions.code`. Expected failures of a mutation are
 * not errors: they are typed results in the schema. These are for bad input, access and faults.
 */
export const ErrorCode = {
  /** The request's arguments are wrong; the message says which and why. Nothing was changed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The thing asked for by id does not exist (or is not visible to the caller). */
  NOT_FOUND: 'NOT_FOUND',
  /** The caller is not identified and the field needs an identity. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller is identified but may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** A concurrent change won: re-read and retry. */
  CONFLICT: 'CONFLICT',
  /** A service the operation needs did not answer; the rest of the data is returned. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Our fault; details are in the server log under `extensions.incident`, never in the response. */
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes GraphQL servers use for request errors, passed through as they are. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && (Object.hasOwn(ErrorCode, code) || PROTOCOL_CODES.has(code));
}

export interface InputProblem {
  /** Path of the offending argument or input field, e.g. `applicant.birthDate`. */
  readonly field: string;
  readonly message: string;
}

export function badUserInput(
  message: string,
  problems: readonly InputProblem[] = [],
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      ...(problems.length > 0 ? { problems } : {}),
    },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${JSON.stringify(id)} does not exist`, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

export function unauthenticated(message = 'sign in to see this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'you may not do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT } });
}
