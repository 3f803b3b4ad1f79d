import { scopedLoaders } from '@jobgraph/subgraph-kit';
import type { AnalyticsContext } from './context.js';

/** Loaders for fields with arguments on lists of entities (see the kit), over this context. */
export const defineScopedLoader = scopedLoaders<AnalyticsContext>();
