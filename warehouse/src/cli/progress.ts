import type { LoadProgress } from '../load/warehouse-load.js';

const WIDTH = 28;

/** A one-line progress bar for a terminal, redrawn in place; `done` ends the line. */
export function progressBar(write: (text: string) => void) {
  let drawn = false;
  return {
    update(progress: LoadProgress) {
      let label: string;
      let share = 0;
      if (progress.stage === 'dimensions') label = 'dimensions';
      else if (progress.stage === 'facts') {
        label = `${progress.fact} ← ${progress.source}`;
        share = progress.of > 0 ? progress.done / progress.of : 1;
      } else {
        label = `placements (${progress.done.toLocaleString('en')} people)`;
        share = progress.of > 0 ? progress.done / progress.of : 1;
      }
      const filled = Math.round(Math.min(1, share) * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      write(`\r\x1b[2K${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${label}`);
      drawn = true;
    },
    done() {
      if (drawn) write('\n');
    },
  };
}
