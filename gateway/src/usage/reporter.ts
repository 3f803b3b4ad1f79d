import type { Logger } from '@jobgraph/runtime';
import type { RegistryClient } from '@jobgraph/schema-registry/client';

/** Keys kept while the registry cannot be reached; beyond this, the oldest counts are dropped. */
const MAX_PENDING = 50_000;

/**
 * Counts coordinate use per client and day in memory and sends the counts to the registry in
 * batches, off the request path. Counts that could not be sent are kept for the next batch.
 */
export class UsageReporter {
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly client: RegistryClient,
    private readonly logger: Logger,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref();
  }

  record(coordinates: Iterable<string>, clientName: string, clientVersion: string): void {
    const day = new Date().toISOString().slice(0, 10);
    for (const coordinate of coordinates) {
      const key = `${day}\u0000${coordinate}\u0000${clientName}\u0000${clientVersion}`;
      this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    }
    if (this.pending.size > MAX_PENDING) {
      const excess = this.pending.size - MAX_PENDING;
      let dropped = 0;
      for (const key of this.pending.keys()) {
        if (dropped++ >= excess) break;
        this.pending.delete(key);
      }
      this.logger.warn(
        { dropped: excess },
        'usage counts dropped: the registry has not taken them',
      );
    }
  }

  flush(): Promise<void> {
    this.flushing ??= this.send().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async send(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const entries = [...batch].map(([key, operations]) => {
      const [day, coordinate, clientName, clientVersion] = key.split('\u0000') as [
        string,
        string,
        string,
        string,
      ];
      return { day, coordinate, clientName, clientVersion, operations };
    });
    try {
      await this.client.reportUsage(entries);
    } catch (error) {
      for (const [key, count] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + count);
      this.logger.warn(
        { err: error, entries: entries.length },
        'could not report usage; will retry',
      );
    }
  }
}
