export { DEV_PASSWORD } from './accounts.js';
export { type DevIdentityConfig, loadDevIdentityConfig } from './env.js';
export { type RunningDevIdentity, startDevIdentity } from './server.js';
