/**
 * The worker threads that draw social cards for a build (og-worker.ts runs
 * og-render.ts `renderCard` in each), fed from a queue.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Card, Palette } from './og-card.ts';

/** A card to draw, as a worker receives it. */
export interface CardJob {
  id: number;
  card: Card;
  palette: Palette;
}

/** A card drawn, or why not, as a worker answers. */
export type CardDone = { id: number; bytes: Uint8Array } | { id: number; error: string };

/**
 * Worker threads that draw cards (og-worker.ts), so the build's main thread renders pages meanwhile: one fewer than
 * the cores (at least one, at most four). Measured at 1,000 synthetic records on 2 cores, cold: see
 * docs/performance.md. A worker that fails fails every card waiting for it, and every card asked for after.
 */
export function cardPool(size = Math.min(4, Math.max(1, availableParallelism() - 1))) {
  // By path: the build bundles this module, but the worker runs from the source as Node loads it.
  const file = join(process.cwd(), 'src', 'lib', 'seo', 'og-worker.ts');
  type Settle = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
  // Cards wait here, not in the workers: a worker holds two at a time, so a build asking for thousands at once
  // never has thousands of canvases (3 MB each) alive.
  let queue: Array<{ job: CardJob } & Settle> = [];
  let head = 0;
  const drawing = new Map<number, Settle>();
  const busy = new Map<Worker, number>();
  let next = 0;
  let broken: Error | undefined;
  const feed = (worker: Worker) => {
    while (busy.get(worker)! < 2 && head < queue.length) {
      const { job, ...settle } = queue[head++]!;
      drawing.set(job.id, settle);
      busy.set(worker, busy.get(worker)! + 1);
      worker.postMessage(job);
    }
    if (head === queue.length) [queue, head] = [[], 0];
    // A worker holds the process open only while it draws: an idle one must not keep a finished build alive.
    if (busy.get(worker) === 0) worker.unref();
    else worker.ref();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(file);
    busy.set(worker, 0);
    worker.unref();
    worker.on('message', (done: CardDone) => {
      const settle = drawing.get(done.id)!;
      drawing.delete(done.id);
      busy.set(worker, busy.get(worker)! - 1);
      if ('error' in done) settle.reject(new Error(`social cards: ${done.error}`));
      else settle.resolve(Buffer.from(done.bytes));
      feed(worker);
    });
    worker.on('error', (error) => {
      broken = new Error(`social cards: a drawing thread failed: ${error.message}`);
      for (const settle of [...drawing.values(), ...queue.slice(head)]) settle.reject(broken);
      drawing.clear();
      [queue, head] = [[], 0];
    });
    return worker;
  });
  return {
    draw(card: Card, palette: Palette): Promise<Buffer> {
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: next++, card, palette }, resolve, reject });
        feed(workers.reduce((a, b) => (busy.get(b)! < busy.get(a)! ? b : a)));
      });
    },
  };
}
