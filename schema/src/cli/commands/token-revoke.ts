import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';

export const tokenRevoke: Command = {
  words: ['token', 'revoke'],
  summary: 'revoke a token (admin)',
  usage: 'jobgraph token revoke <id> [--json]',
  async run({ positionals, client, output }) {
    const [id] = positionals;
    if (!id) throw new UsageError('give the token id');
    show(output, await client.revokeToken(id), (row) => `revoked ${row.id} (${row.label})\n`);
    return 0;
  },
};
