/** Every chart of the report, built once per report, in gallery order. */
import type { Report } from '../report.ts';
import { budgetChart } from './budget.ts';
import { casualtiesChart } from './casualties.ts';
import { deminingChart } from './demining.ts';
import { eventsChart } from './events.ts';
import { hydropowerChart } from './hydropower.ts';
import { CHART_IDS, type ChartId } from './ids.ts';
import { projectsChart } from './projects.ts';
import { returneesChart } from './returnees.ts';
import { transportChart } from './transport.ts';
import type { ChartSpec } from './types.ts';

const BUILDERS: Record<ChartId, (report: Report) => ChartSpec> = {
  'budget-by-year': budgetChart,
  'demining-area': deminingChart,
  'mine-casualties': casualtiesChart,
  returnees: returneesChart,
  'projects-by-sector': projectsChart,
  'transport-promises': transportChart,
  'events-per-quarter': eventsChart,
  hydropower: hydropowerChart,
};

const built = new WeakMap<Report, ChartSpec[]>();

/** All charts, in the order of CHART_IDS; computed once per report object. */
export function buildCharts(report: Report): ChartSpec[] {
  let charts = built.get(report);
  if (!charts) {
    charts = CHART_IDS.map((id) => BUILDERS[id](report));
    built.set(report, charts);
  }
  return charts;
}

/** One chart by id; an unknown id fails loudly (the content check names the chapter line first). */
export function chartById(report: Report, id: string): ChartSpec {
  const chart = buildCharts(report).find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}"; expected one of ${CHART_IDS.join(', ')}`);
  return chart;
}
