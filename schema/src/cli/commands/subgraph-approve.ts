import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';

export const subgraphApprove: Command = {
  words: ['subgraph', 'approve'],
  summary: 'admit a new subgraph name to the graph (admin)',
  usage: 'jobgraph subgraph approve <name> [--json]',
  async run({ positionals, client, output }) {
    const [name] = positionals;
    if (!name) throw new UsageError('name the subgraph');
    show(
      output,
      await client.approveMembership(name),
      (row) => `${row.subgraph} (${row.owner}) may join the graph; publish it again\n`,
    );
    return 0;
  },
};
