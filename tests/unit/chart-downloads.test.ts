import { describe, expect, test } from 'vitest';
import { SyntaxValidator } from 'fast-xml-validator';
import { standaloneSvg, svgToPng, wrapWords } from '../../src/lib/charts/standalone.ts';

const palette = { bg: '#fbfaf6', text: '#1c1f23', muted: '#50565d', accent: '#0a5c7a' };
const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" role="img" class="chart-svg chart-svg-wide" font-family="x">' +
  '<rect class="tf-accent ts-text" x="10" y="10" width="50" height="50"/><text class="tf-muted" x="5" y="90">2021 &amp; 2022</text></svg>';

describe('a chart to take away', () => {
  const svg = standaloneSvg(drawing, {
    palette,
    title: 'Budget <by> year',
    credit: 'A report, https://r.org/charts/x/. Data as of 1 May 2021.',
  });

  test('writes the token colours in, since the site’s stylesheet is not there', () => {
    expect(svg).toContain('<rect fill="#0a5c7a" stroke="#1c1f23" x="10"');
    expect(svg).toContain('<text fill="#50565d" x="5" y="90">2021 &amp; 2022</text>');
    expect(svg).not.toMatch(/class=|var\(/);
    expect(() =>
      standaloneSvg(drawing.replace('tf-accent', 'tf-nowhere'), { palette, title: 't', credit: 'c' }),
    ).toThrow(/design token --nowhere not found/);
  });

  test('is one well-formed file with its title above, the drawing, and the credit below', () => {
    expect(() => SyntaxValidator.validate(svg)).not.toThrow();
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="200" height="(\d+)" viewBox="0 0 200 \1"/,
    );
    expect(svg).toContain('<title>Budget &lt;by&gt; year</title>');
    expect(svg).toContain('<svg x="0" y="36" width="200" height="100" viewBox="0 0 200 100">');
    const credit = [...svg.matchAll(/font-size="11" fill="#50565d">([^<]*)</g)].map((m) => m[1]);
    expect(credit.join(' ')).toBe('A report, https://r.org/charts/x/. Data as of 1 May 2021.');
    expect(credit.length).toBeGreaterThan(1);
  });

  test('wraps the credit at word boundaries', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });

  test('becomes a PNG at twice its size', async () => {
    const png = await svgToPng(svg);
    const height = Number(/ height="(\d+)"/.exec(svg)![1]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([400, height * 2]);
  });
});
