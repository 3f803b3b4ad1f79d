export {
  ACCEPTED_ALGORITHMS,
  type AcceptedAlgorithm,
  type EndUserTokenOptions,
  type RejectionReason,
  TokenRejected,
  verifyEndUserToken,
} from './end-user-token.js';
export { IDENTITY_HEADER, signIdentity, verifyIdentity } from './internal-token.js';
export {
  JwksKeyStore,
  type JwksSource,
  jwksFromFile,
  jwksFromUrl,
  type KeyStoreOptions,
} from './jwks-key-store.js';
export {
  generateInternalKeyPair,
  INTERNAL_ALGORITHM,
  importInternalKey,
  type KeyPairJwks,
} from './keys.js';
export {
  hasRole,
  hasScope,
  isStaffOf,
  ownPersonId,
  ROLES,
  Role,
  STAFF_AGENCIES,
  type StaffAgency,
  type Viewer,
} from './viewer.js';
