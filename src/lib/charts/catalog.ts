/** Every chart of the report, built once per report, in gallery order. */
import type { Report } from '../report.ts';
import { LOCALE_INFO, type Locale } from '../i18n/locales.ts';
import { speakerOf, type Speaker } from '../i18n/speaker.ts';
import { budgetChart } from './budget.ts';
import { casualtiesChart } from './casualties.ts';
import { deminingChart } from './demining.ts';
import { eventsChart } from './events.ts';
import { hydropowerChart } from './hydropower.ts';
import { CHART_IDS, type ChartId } from './ids.ts';
import { MissingChartData } from './missing.ts';
import { projectsChart } from './projects.ts';
import { returneesChart } from './returnees.ts';
import { transportChart } from './transport.ts';
import type { ChartSpec } from './types.ts';

const BUILDERS: Record<ChartId, (report: Report, s: Speaker) => ChartSpec> = {
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

/**
 * All charts whose data the report has, in the order of CHART_IDS, in the report's edition (a localised report
 * carries its `lang`; English otherwise); computed once per report object. A chart without its data is left out
 * with a log line.
 */
export function buildCharts(
  report: Report & { lang?: Locale },
  log: (line: string) => void = console.warn,
): ChartSpec[] {
  let charts = built.get(report);
  if (!charts) {
    charts = CHART_IDS.flatMap((id) => {
      try {
        return [inLocale(BUILDERS[id](report, speakerOf(report.lang)), report.lang)];
      } catch (error) {
        if (!(error instanceof MissingChartData)) throw error;
        log(`[charts] ${id} left out: ${error.message}`);
        return [];
      }
    });
    built.set(report, charts);
  }
  return charts;
}

/** Chart.js writes tick numbers with the chart's `locale`: the edition's own, English's default left as it was. */
function inLocale(chart: ChartSpec, lang: Locale | undefined): ChartSpec {
  if (!lang || lang === 'en') return chart;
  return {
    ...chart,
    config: { ...chart.config, options: { ...chart.config.options, locale: LOCALE_INFO[lang].intl } },
  };
}

/** One chart by id; an unknown id, or a chart without its data, fails loudly. */
export function chartById(report: Report & { lang?: Locale }, id: string): ChartSpec {
  const chart = buildCharts(report).find((c) => c.id === id);
  if (!chart)
    throw new Error(
      `no chart "${id}" in this build; expected one of ${buildCharts(report)
        .map((c) => c.id)
        .join(', ')}`,
    );
  return chart;
}
