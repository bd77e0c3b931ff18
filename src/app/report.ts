import type { Day } from '../core/day.ts';
import { buildReport } from '../report/buildReport.ts';
import type { Report } from '../report/report.ts';
import { DATASETS } from '../sources/files/datasets.ts';
import { readRestakingNetwork } from '../sources/files/readRestakingNetwork.ts';
import type { App } from './createApp.ts';

/** The ecosystem report as data, from data up to `asOf`. */
export async function report(app: App, asOf: Day | null): Promise<Report> {
  return buildReport({
    store: await app.store(),
    datasets: DATASETS,
    asOf,
    registry: app.registry(),
    restaking: { file: app.config.restakingFile, input: readRestakingNetwork(app.config.restakingFile) },
    incidentsFile: app.config.incidentsFile,
  });
}
