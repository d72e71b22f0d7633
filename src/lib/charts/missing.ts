/**
 * A chart whose data is not in the content (a series that does not exist, no
 * dated value to draw). The catalogue leaves such a chart out and says so in
 * the build log, so a site built from other content (a fixture set) still
 * builds; a chapter that names the chart still fails, loudly.
 */
export class MissingChartData extends Error {
  constructor(message: string) {
    super(`chart data: ${message}`);
    this.name = 'MissingChartData';
  }
}
