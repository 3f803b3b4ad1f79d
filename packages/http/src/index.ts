export { HttpRequestError, readJsonBody } from './body.js';
export {
  type GraphQLHttpOptions,
  type GraphQLHttpServer,
  type RouteHandler,
  respondJson,
  serveGraphQL,
} from './server.js';
