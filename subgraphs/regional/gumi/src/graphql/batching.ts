import { groupRows, scopedLoaders } from '@jobgraph/subgraph-kit';
import type { GumiContext } from './context.js';

/** Loaders for fields with arguments on lists of entities (see the kit), over this context. */
export const defineScopedLoader = scopedLoaders<GumiContext>();
export { groupRows };
