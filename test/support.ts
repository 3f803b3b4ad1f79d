import { citySubgraph } from '@jobgraph/city';
import { loadGatewayConfig, type RunningGateway, startGateway } from '@jobgraph/gateway';
import { startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';

export interface TestGraph {
  readonly gateway: RunningGateway;
  readonly subgraphs: { readonly city: TestSubgraph<Record<string, unknown>> };
  close(): Promise<void>;
}

/** The agencies' subgraphs over databases of their own, and a gateway composed over them. */
export async function startGraph(settings: Record<string, string> = {}): Promise<TestGraph> {
  const city = (await startTestSubgraph(citySubgraph)) as unknown as TestSubgraph<
    Record<string, unknown>
  >;
  const gateway = await startGateway(
    loadGatewayConfig(
      {
        PORT: '0',
        LOG_LEVEL: 'silent',
        SUBGRAPHS: `city=${city.url}`,
        ...settings,
      },
      {},
    ),
  );
  return {
    gateway,
    subgraphs: { city },
    close: async () => {
      await gateway.stop();
      await city.close();
    },
  };
}
