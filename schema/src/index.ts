export type {
  Blocker,
  CheckedChange,
  CheckReport,
  CompositionProblem,
  LintFinding,
  OwnershipFinding,
  PublishResult,
} from './check/report.js';
export { loadRegistryConfig, type RegistryConfig } from './env.js';
export { type RunningRegistry, startRegistry } from './server.js';
