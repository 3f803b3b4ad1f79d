export { HttpRequestError, readJsonBody } from './body.js';
export {
  badUserInput,
  conflict,
  ErrorCode,
  forbidden,
  type InputProblem,
  isPublicCode,
  notFound,
  unauthenticated,
} from './errors.js';
export { createErrorFormatter, type ErrorClassifier } from './format-error.js';
export {
  type GraphQLHttpOptions,
  type GraphQLHttpServer,
  type RouteHandler,
  respondJson,
  serveGraphQL,
} from './server.js';
