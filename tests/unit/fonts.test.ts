import { GlobalFonts } from '@napi-rs/canvas';
import type { ChartConfiguration } from 'chart.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderChartSvg } from '../../src/lib/charts/draw-svg.ts';
import { token } from '../../src/lib/charts/theme.ts';
import { fontDir } from '../../src/lib/fonts.ts';
import { lightTokens, reportCard } from '../../src/lib/seo/og-card.ts';
import { renderCard } from '../../src/lib/seo/og-render.ts';

const config = {
  type: 'bar',
  data: {
    labels: ['Aghdam', 'Füzuli', 'Шуша', 'Շուշի'],
    datasets: [{ label: 'Projects', data: [4, 7, 2, 5], backgroundColor: token('--accent') }],
  },
} as unknown as ChartConfiguration;
const options = { width: 480, height: 240, fontSize: 13, idPrefix: 't', title: 'Projects', desc: 'Projects by place' };
const palette = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
const chart = () => renderChartSvg(config, options);

test('charts and cards draw the same bytes whatever fonts the system offers under the usual names', async () => {
  const before = [chart(), await renderCard(reportCard('example.org'), palette)];
  // A machine with other fonts: a serif face answers to every family a system might resolve text to.
  const decoy = join(fontDir(), 'DejaVuSerif.ttf');
  for (const family of [
    'DejaVu Sans',
    'DejaVu Serif',
    'Verdana',
    'Liberation Sans',
    'Arial',
    'Helvetica',
    'sans-serif',
  ]) {
    expect(GlobalFonts.registerFromPath(decoy, family)).toBeTruthy();
  }
  const after = [chart(), await renderCard(reportCard('example.org'), palette)];
  expect(after[0]).toBe(before[0]);
  expect(Buffer.compare(after[1] as Buffer, before[1] as Buffer)).toBe(0);
});
