import { citySubgraph } from '@jobgraph/city';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { loadGatewayConfig, type RunningGateway, startGateway } from '@jobgraph/gateway';
import { ministrySubgraph } from '@jobgraph/ministry';
import type { SubgraphDefinition, Tables } from '@jobgraph/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';

export type SubgraphName = 'city' | 'districts' | 'fiftyplus' | 'ministry';

const DEFINITIONS: Readonly<Record<SubgraphName, SubgraphDefinition<Tables>>> = {
  city: citySubgraph as unknown as SubgraphDefinition<Tables>,
  districts: districtsSubgraph as unknown as SubgraphDefinition<Tables>,
  fiftyplus: fiftyplusSubgraph as unknown as SubgraphDefinition<Tables>,
  ministry: ministrySubgraph as unknown as SubgraphDefinition<Tables>,
};

export interface TestGraph {
  readonly gateway: RunningGateway;
  readonly subgraphs: Readonly<Record<SubgraphName, TestSubgraph<Tables>>>;
  close(): Promise<void>;
}

/** Every agency's subgraph over a database of its own, and a gateway composed over them. */
export async function startGraph(settings: Record<string, string> = {}): Promise<TestGraph> {
  const entries = await Promise.all(
    Object.entries(DEFINITIONS).map(async ([name, definition]) => {
      const running = await startTestSubgraph(definition);
      return [name, running] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, TestSubgraph<Tables>>;
  const gateway = await startGateway(
    loadGatewayConfig(
      {
        PORT: '0',
        LOG_LEVEL: 'silent',
        SUBGRAPHS: entries.map(([name, running]) => `${name}=${running.url}`).join(','),
        ...settings,
      },
      {},
    ),
  );
  return {
    gateway,
    subgraphs,
    close: async () => {
      await gateway.stop();
      await Promise.all(entries.map(([, running]) => running.close()));
    },
  };
}
