import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';
import { publishText } from './report-text.js';

export const subgraphDelete: Command = {
  words: ['subgraph', 'delete'],
  summary: 'remove a subgraph from the graph (checked like any change)',
  usage: 'jobgraph subgraph delete <name> [--json]',
  async run({ positionals, client, output }) {
    const [name] = positionals;
    if (!name) throw new UsageError('name the subgraph');
    const result = await client.deleteSubgraph(name);
    show(output, result, publishText);
    return result.published ? 0 : 1;
  },
};
