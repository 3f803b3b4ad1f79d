/** The federation authorization features: the gateway enforces them (see authorization/). */
const AUTHORIZATION_FEATURES =
  /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * @apollo/gateway refuses a supergraph that links a SECURITY feature it does not enforce itself,
 * and it enforces none of the authorization ones. We enforce them before the operation reaches
 * it, so it is handed the supergraph with those links' purpose left out: the directives stay in
 * place (and are read from there), only the refusal goes.
 */
export function acceptAuthorizationFeatures(supergraphSdl: string): string {
  return supergraphSdl.replace(AUTHORIZATION_FEATURES, '$1)');
}
