import type { Command } from '../command.js';
import { show, table } from '../output.js';

export const subgraphList: Command = {
  words: ['subgraph', 'list'],
  summary: 'every subgraph name, its owner and status',
  usage: 'jobgraph subgraph list [--json]',
  async run({ client, output }) {
    show(output, await client.subgraphs(), (rows) => table(rows, ['name', 'owner', 'status']));
    return 0;
  },
};
