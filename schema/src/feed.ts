import type { Sql } from '@jobgraph/db';
import type { Queryable } from './context.js';
import { latestSupergraph } from './state.js';
import { NOTIFY_CHANNEL } from './supergraph.js';

/**
 * Long-polling for gateways: answers as soon as a version newer than theirs exists. Every
 * registry replica LISTENs, so a publish through any of them wakes the waiters of all.
 */
export class SupergraphFeed {
  private readonly waiters = new Set<() => void>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Queryable,
    private readonly sql: Sql,
  ) {}

  async start(): Promise<void> {
    const listening = await this.sql.listen(NOTIFY_CHANNEL, () => this.wake());
    this.unlisten = () => listening.unlisten();
  }

  async close(): Promise<void> {
    this.wake();
    await this.unlisten?.();
  }

  /** The live version if it is newer than `after`, waiting up to `waitMs` for one. */
  async newerThan(after: number | null, waitMs: number) {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const latest = await latestSupergraph(this.db);
      if (latest && (after === null || latest.id > after)) return latest;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
  }

  private wake(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const resolve of waiting) resolve();
  }
}
