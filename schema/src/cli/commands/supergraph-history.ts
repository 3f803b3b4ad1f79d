import type { Command } from '../command.js';
import { show, table } from '../output.js';

export const supergraphHistory: Command = {
  words: ['supergraph', 'history'],
  summary: 'the supergraph versions, newest first',
  usage: 'jobgraph supergraph history [--json]',
  async run({ client, output }) {
    show(output, await client.supergraphHistory(), (rows) =>
      table(
        rows.map((row) => ({
          ...row,
          members: row.members.map((member) => `${member.subgraph}@${member.versionId}`),
        })),
        ['version', 'createdAt', 'cause', 'subject', 'by', 'members'],
      ),
    );
    return 0;
  },
};
