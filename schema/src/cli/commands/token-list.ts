import type { Command } from '../command.js';
import { show, table } from '../output.js';

export const tokenList: Command = {
  words: ['token', 'list'],
  summary: 'every token, without secrets (admin)',
  usage: 'jobgraph token list [--json]',
  async run({ client, output }) {
    show(output, await client.tokens(), (rows) =>
      table(rows, ['id', 'role', 'owner', 'label', 'expiresAt', 'revokedAt']),
    );
    return 0;
  },
};
