/**
 * A worker thread that draws social cards (og-render.ts `renderCard`) for the
 * build, so its main thread renders pages meanwhile. Loaded by path by
 * `cardPool` in og-render.ts; Node runs this TypeScript as it is.
 */
import { parentPort } from 'node:worker_threads';
import type { Card } from './og-card.ts';
import { renderCard, type Palette } from './og-render.ts';

export interface CardJob {
  id: number;
  card: Card;
  palette: Palette;
}

export type CardDone = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort!.on('message', ({ id, card, palette }: CardJob) => {
  renderCard(card, palette).then(
    (bytes) => parentPort!.postMessage({ id, bytes } satisfies CardDone),
    (error: Error) => parentPort!.postMessage({ id, error: error.message } satisfies CardDone),
  );
});
