export {
  badUserInput,
  conflict,
  ErrorCode,
  forbidden,
  type InputProblem,
  notFound,
  unauthenticated,
} from '@jobgraph/graphql-server';
export {
  type AccessLogTable,
  AccessRecorder,
  accessLogTable,
  appendOnlyTriggerSql,
} from './access-log.js';
export {
  assertMaySeePerson,
  isStaffReadingOthers,
  maySeePerson,
  requireCitizen,
  requireScope,
  requireStaff,
  requireViewer,
} from './authorization.js';
export type { SubgraphContext, SubgraphDatabase, Tables } from './context.js';
export { addDays, ageOn, earlierDay, laterDay } from './days.js';
export { type DatabaseLogin, type SubgraphConfig, subgraphEnvSchema } from './env.js';
export { healthRoute, type ReadinessCheck, readinessRoute } from './health.js';
export { throwIfProblems, UUID_SHAPE } from './input.js';
export {
  alignByKey,
  defineLoader,
  groupByKey,
  groupRows,
  type LoaderDefinition,
  LoaderRegistry,
} from './loaders.js';
export { mergeResolvers } from './merge-resolvers.js';
export {
  type Connection,
  DEFAULT_PAGE_LIMITS,
  decodeCursor,
  encodeCursor,
  type PageLimits,
  pageSize,
  toConnection,
} from './pagination.js';
export {
  checkMemberId,
  checkName,
  checkNoResidentNumber,
  checkText,
  isMemberId,
  looksLikeResidentNumber,
  normalisePhone,
  readOptionalText,
} from './personal-input.js';
export { prepareDatabase } from './prepare.js';
export { Refusal, type Settled, settle } from './refusal.js';
export { DateScalar, DateTimeScalar, isIsoDate, todayInKorea } from './scalars.js';
export { type Scoped, scopedLoaders } from './scoped-loaders.js';
export { refreshStatistics, seedOnce, seedRunsTable } from './seed.js';
export { sample, seededRandom, seedOf } from './seed-random.js';
export { type RunningSubgraph, type SubgraphDefinition, startSubgraph } from './start.js';
