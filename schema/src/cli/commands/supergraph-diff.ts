import type { Command } from '../command.js';
import { show, table } from '../output.js';
import { UsageError } from '../usage-error.js';

export const supergraphDiff: Command = {
  words: ['supergraph', 'diff'],
  summary: 'the API changes between two supergraph versions',
  usage: 'jobgraph supergraph diff <from> <to> [--json]',
  async run({ positionals, client, output }) {
    const [from, to] = positionals.map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to))
      throw new UsageError('give two version numbers');
    show(output, await client.supergraphDiff(from as number, to as number), (rows) =>
      table(rows, ['criticality', 'type', 'coordinate', 'message']),
    );
    return 0;
  },
};
