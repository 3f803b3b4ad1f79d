import type { Command } from '../command.js';
import { show, table } from '../output.js';
import { UsageError } from '../usage-error.js';

export const subgraphHistory: Command = {
  words: ['subgraph', 'history'],
  summary: 'the versions of a subgraph, newest first',
  usage: 'jobgraph subgraph history <name> [--json]',
  async run({ positionals, client, output }) {
    const [name] = positionals;
    if (!name) throw new UsageError('name the subgraph');
    show(
      output,
      await client.subgraphHistory(name),
      (history) =>
        `${history.subgraph.name}: owner ${history.subgraph.owner}, ${history.subgraph.status}\n${table(history.versions, ['version', 'createdAt', 'url', 'by'])}`,
    );
    return 0;
  },
};
