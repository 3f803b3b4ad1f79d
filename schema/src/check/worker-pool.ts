import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Analysis, AnalysisInput } from './analyse.js';

interface Job {
  readonly input: AnalysisInput;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

type Reply =
  | { readonly ok: true; readonly analysis: Analysis }
  | { readonly ok: false; readonly error: string };

const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './analyse-worker.ts' : './analyse-worker.js',
  import.meta.url,
);

/** Under the test runner the worker is TypeScript source: load it through tsx. */
function spawnWorker(): Worker {
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Composition off the request path: a fixed number of worker threads, one analysis each at a
 * time, the rest queued. A worker that dies is replaced; its job fails with the reason.
 */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly all = new Set<Worker>();
  private closed = false;
  /** Recent analyses by exact input: a publish after its check does not compose again. */
  private readonly recent = new Map<string, Promise<Analysis>>();

  constructor(
    private readonly size: number,
    private readonly remember = 8,
  ) {}

  analyse(input: AnalysisInput): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    const key = inputKey(input);
    const known = this.recent.get(key);
    if (known) {
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    const analysis = new Promise<Analysis>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
    this.recent.set(key, analysis);
    analysis.catch(() => this.recent.delete(key));
    while (this.recent.size > this.remember) {
      const oldest = this.recent.keys().next().value;
      if (oldest === undefined) break;
      this.recent.delete(oldest);
    }
    return analysis;
  }

  /**
   * Starts the workers and has each compose a tiny graph, so that the first real check does not
   * pay for loading composition (about a second here).
   */
  warmUp(): Promise<unknown> {
    const tiny = {
      subgraphs: [
        {
          name: 'warm-up',
          url: 'http://warm-up.invalid/graphql',
          sdl: 'type Query { warmUp: Boolean }',
        },
      ],
      currentApiSdl: 'type Query { warmUp: Boolean }',
      candidates: ['warm-up'],
    };
    return Promise.allSettled(Array.from({ length: this.size }, () => this.analyse(tiny)));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the registry is stopping'));
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.all.size >= this.size) return;
        worker = spawnWorker();
        this.all.add(worker);
      }
      this.run(worker, this.queue.shift() as Job);
    }
  }

  private run(worker: Worker, job: Job): void {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: Reply) => {
      settle();
      this.idle.push(worker);
      if (reply.ok) job.resolve(reply.analysis);
      else job.reject(new Error(reply.error));
      this.dispatch();
    };
    const onError = (error: Error) => {
      settle();
      this.all.delete(worker);
      job.reject(error);
      this.dispatch();
    };
    const onExit = (code: number) => onError(new Error(`the analysis worker exited with ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job.input);
  }
}

/** The same subgraphs (in any order) over the same live API give the same analysis. */
function inputKey(input: AnalysisInput): string {
  const hash = createHash('sha256');
  for (const subgraph of [...input.subgraphs].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(`${subgraph.name}\u0000${subgraph.url}\u0000${subgraph.sdl}\u0000`);
  }
  hash.update(`${input.currentApiSdl ?? ''}\u0000${[...input.candidates].sort().join(',')}`);
  return hash.digest('hex');
}
