export { loadStackConfig, type StackConfig } from './env.js';
export { GATEWAY, REPO_ROOT, SUBGRAPHS } from './services.js';
export { type RunningStack, startStack } from './stack.js';
