import { buildSubgraph, printSchema } from '@apollo/federation-internals';

/** A subgraph SDL printed the way @apollo/subgraph serves it, so two texts of one schema agree. */
export function normaliseSubgraphSdl(name: string, sdl: string): string {
  return printSchema(buildSubgraph(name, 'http://normalise.invalid', sdl).schema);
}

/**
 * Whether the service at `url` serves this SDL (`_service { sdl }`): a publish whose service
 * serves something else would plan queries the service cannot answer.
 */
export async function checkServedSdl(
  name: string,
  url: string,
  sdl: string,
  timeoutMs: number,
): Promise<{ url: string; serves: boolean; detail: string }> {
  let served: string | undefined;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok)
      return { url, serves: false, detail: `the service answered HTTP ${response.status}` };
    const body = (await response.json()) as { data?: { _service?: { sdl?: unknown } } };
    served = typeof body.data?._service?.sdl === 'string' ? body.data._service.sdl : undefined;
  } catch (error) {
    return {
      url,
      serves: false,
      detail: `the service did not answer: ${(error as Error).message}`,
    };
  }
  if (served === undefined) return { url, serves: false, detail: 'the service returned no SDL' };
  try {
    const same = normaliseSubgraphSdl(name, served) === normaliseSubgraphSdl(name, sdl);
    return same
      ? { url, serves: true, detail: 'the service serves this schema' }
      : { url, serves: false, detail: 'the service serves a different schema (deploy it first)' };
  } catch (error) {
    return {
      url,
      serves: false,
      detail: `the served schema is invalid: ${(error as Error).message}`,
    };
  }
}
