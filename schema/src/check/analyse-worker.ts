import { parentPort } from 'node:worker_threads';
import { type AnalysisInput, analyse } from './analyse.js';

// One analysis at a time per worker; the pool queues the rest.
parentPort?.on('message', (input: AnalysisInput) => {
  analyse(input).then(
    (analysis) => parentPort?.postMessage({ ok: true, analysis }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
