import type { Command } from '../command.js';
import { show, table } from '../output.js';

export const auditList: Command = {
  words: ['audit', 'list'],
  summary: 'who did what, when, from which token (admin)',
  usage: 'jobgraph audit list [--limit <n>] [--json]',
  options: { limit: { type: 'string' } },
  async run({ options, client, output }) {
    const limit = typeof options.limit === 'string' ? Number(options.limit) : 50;
    show(output, await client.audit(limit), (rows) =>
      table(rows, ['at', 'tokenLabel', 'owner', 'action', 'subject', 'outcome', 'clientAddress']),
    );
    return 0;
  },
};
