/** What the CLI reads from the environment (flags win). */
export function cliEnvironment(): { registryUrl: string | undefined; token: string | undefined } {
  return { registryUrl: process.env.JOBGRAPH_REGISTRY_URL, token: process.env.JOBGRAPH_TOKEN };
}
