import type { Command } from '../command.js';
import { show } from '../output.js';
import { UsageError } from '../usage-error.js';

export const tokenCreate: Command = {
  words: ['token', 'create'],
  summary: 'issue a token (admin); its secret is shown once',
  usage:
    'jobgraph token create --role publisher|gateway|admin [--owner <owner>] --label <text> [--days <n>] [--json]',
  options: {
    role: { type: 'string' },
    owner: { type: 'string' },
    label: { type: 'string' },
    days: { type: 'string' },
  },
  async run({ options, client, output }) {
    const role = options.role;
    if (role !== 'publisher' && role !== 'gateway' && role !== 'admin')
      throw new UsageError('--role is publisher, gateway or admin');
    if (typeof options.label !== 'string') throw new UsageError('give --label');
    const issued = await client.issueToken({
      role,
      label: options.label,
      ...(typeof options.owner === 'string' ? { owner: options.owner } : {}),
      ...(typeof options.days === 'string' ? { expiresInDays: Number(options.days) } : {}),
    });
    show(
      output,
      issued,
      (token) =>
        `token ${token.id} (${token.role}${token.owner ? ` of ${token.owner}` : ''}), expires ${token.expiresAt}\n${token.secret}\nkeep it now: it is not shown again\n`,
    );
    return 0;
  },
};
