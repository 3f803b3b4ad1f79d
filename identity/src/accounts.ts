import { readFile } from 'node:fs/promises';
import { ROLES, type Role, STAFF_AGENCIES } from '@jobgraph/auth';
import { z } from 'zod';

const accountFile = z.object({
  accounts: z.array(
    z.object({
      username: z.string().min(1),
      roles: z.array(z.enum(ROLES as [Role, ...Role[]])).min(1),
      scopes: z.array(z.string()),
      agency: z.enum(STAFF_AGENCIES).optional(),
      center: z.string().optional(),
    }),
  ),
});
export type Account = z.infer<typeof accountFile>['accounts'][number];

/** The one password of every development account: this provider is for trying the graph. */
export const DEV_PASSWORD = 'jobgraph';

export async function readAccounts(file: string): Promise<ReadonlyMap<string, Account>> {
  const parsed = accountFile.parse(JSON.parse(await readFile(file, 'utf8')));
  return new Map(parsed.accounts.map((account) => [account.username, account]));
}
