export type {
  Blocker,
  CheckedChange,
  CheckReport,
  CompositionProblem,
  LintFinding,
  OwnershipFinding,
  PublishResult,
} from '../check/report.js';
export {
  ArtifactSignatureError,
  type SupergraphArtifact,
  signArtifact,
  verifyArtifact,
} from './artifact.js';
export {
  RegistryClient,
  type RegistryClientOptions,
  RegistryRequestError,
} from './registry-client.js';
