import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';

export const supergraphRollback: Command = {
  words: ['supergraph', 'rollback'],
  summary: 'make an earlier supergraph version live again, as a new version (admin)',
  usage: 'jobgraph supergraph rollback <version> [--json]',
  async run({ positionals, client, output }) {
    const to = Number(positionals[0]);
    if (!Number.isInteger(to)) throw new UsageError('give the version to roll back to');
    show(output, await client.rollback(to), (result) =>
      result.unchanged
        ? `version ${to} is already live\n`
        : `rolled back to version ${to} as version ${result.version}\n`,
    );
    return 0;
  },
};
