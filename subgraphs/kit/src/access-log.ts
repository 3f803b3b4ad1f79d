import type { Viewer } from '@jobgraph/auth';
import { forbidden } from '@jobgraph/graphql-server';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { bigserial, index, type PgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { isStaffReadingOthers } from './authorization.js';

/**
 * The append-only record of staff reading other people's personal data, and of exports
 * (Personal Information Protection Act). Each subgraph has one in its schema; its migration adds a
 * trigger refusing UPDATE and DELETE, so nobody working through the application can edit it.
 */
export function accessLogTable(schema: PgSchema) {
  return schema.table(
    'access_log',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
      account: text('account').notNull(),
      roles: text('roles').notNull(),
      agency: text('agency'),
      clientAddress: text('client_address'),
      subjectPersonId: text('subject_person_id').notNull(),
      action: text('action').notNull(),
      reason: text('reason').notNull(),
      requestId: text('request_id').notNull(),
    },
    (table) => [index('access_log_subject_idx').on(table.subjectPersonId, table.at)],
  );
}
export type AccessLogTable = ReturnType<typeof accessLogTable>;

/**
 * The custom migration that makes a subgraph's access log append-only (drizzle-kit generate
 * --custom; statements split by drizzle's breakpoint marker). City's 0004 is the model.
 */
export function appendOnlyTriggerSql(schema: string): string {
  return `CREATE FUNCTION "${schema}".refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "${schema}".access_log
  FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".refuse_access_log_change();
`;
}

interface AccessEvent {
  readonly subjectPersonId: string;
  readonly action: string;
}

// biome-ignore lint/suspicious/noExplicitAny: drizzle's database type is generic over its schema; any schema will do here.
type AnyPgDatabase = PgDatabase<PgQueryResultHKT, any>;

/**
 * Collects the accesses of one request and writes them in one statement when the request ends,
 * so recording does not add a statement per person listed.
 */
export class AccessRecorder {
  private readonly events = new Map<string, AccessEvent>();

  constructor(
    private readonly viewer: Viewer | undefined,
    private readonly requestId: string,
  ) {}

  /**
   * Notes that the caller reads `personId`'s personal data with `action` (e.g. `read:case-file`).
   * A person reading their own data is not recorded; staff reading someone else's must have given
   * a reason (header `x-access-reason`), or the read is refused.
   */
  read(personId: string, action: string): void {
    if (!isStaffReadingOthers({ viewer: this.viewer }, personId)) return;
    if (!this.viewer?.accessReason) {
      throw forbidden('reading another person’s personal data needs a reason (x-access-reason)');
    }
    this.events.set(`${personId}\u0000${action}`, { subjectPersonId: personId, action });
  }

  get pending(): number {
    return this.events.size;
  }

  async flush(db: AnyPgDatabase, table: AccessLogTable): Promise<void> {
    const viewer = this.viewer;
    if (this.events.size === 0 || !viewer) return;
    const rows = [...this.events.values()].map((event) => ({
      account: viewer.subject,
      roles: viewer.roles.join(' '),
      agency: viewer.agency ?? null,
      clientAddress: viewer.clientAddress ?? null,
      subjectPersonId: event.subjectPersonId,
      action: event.action,
      reason: viewer.accessReason ?? '',
      requestId: this.requestId,
    }));
    this.events.clear();
    for (let start = 0; start < rows.length; start += 1000) {
      await db.insert(table).values(rows.slice(start, start + 1000));
    }
  }
}
