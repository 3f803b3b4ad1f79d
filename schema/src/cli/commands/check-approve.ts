import type { Command } from '../command.js';
import { show, table } from '../output.js';
import { UsageError } from '../usage-error.js';

export const checkApprove: Command = {
  words: ['check', 'approve'],
  summary:
    'approve what a check found: breaking changes (admin) or takeovers of your fields (owner)',
  usage: 'jobgraph check approve <check-id> [--json]',
  async run({ positionals, client, output }) {
    const [id] = positionals;
    if (!id) throw new UsageError('give the check id a check printed');
    show(
      output,
      await client.approveCheck(id),
      (result) => `approved\n${table(result.approved, ['kind', 'coordinate', 'changeKey'])}`,
    );
    return 0;
  },
};
