/**
 * A worker thread that draws social cards (og-render.ts `renderCard`) for the
 * build, so its main thread renders pages meanwhile. Loaded by path by
 * `cardPool` (og-pool.ts); Node runs this TypeScript as it is.
 */
import { parentPort } from 'node:worker_threads';
import type { CardDone, CardJob } from './og-pool.ts';
import { renderCard } from './og-render.ts';

parentPort!.on('message', ({ id, card, palette }: CardJob) => {
  renderCard(card, palette).then(
    (bytes) => parentPort!.postMessage({ id, bytes } satisfies CardDone),
    (error: Error) => parentPort!.postMessage({ id, error: error.message } satisfies CardDone),
  );
});
