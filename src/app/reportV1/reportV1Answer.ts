import { readRestakingNetwork } from '../../sources/files/readRestakingNetwork.ts';
import type { App } from '../createApp.ts';
import { parseParameters } from '../parameters.ts';
import { ReportParameters } from '../report.ts';
import { buildReportV1 } from './buildReportV1.ts';
import type { Report } from './reportV1.ts';

/**
 * The ecosystem report in its first form (`faultline.report/v1`), still served for the readers that
 * parse it (`report --format json --schema-version 1`, `GET /api/v1/report?version=1`).
 */
export async function reportV1(app: App, parameters: ReportParameters = {}): Promise<Report> {
  const p = parseParameters(ReportParameters, parameters, 'report');
  return buildReportV1({
    store: await app.store(),
    coverage: (await app.datasets()).filter((d) => d.kind === 'dataset').map(({ kind: _, ...row }) => row),
    asOf: p.asOf ?? null,
    registry: app.registry(),
    restaking: { file: app.config.restakingFile, input: readRestakingNetwork(app.config.restakingFile) },
    incidentsFile: app.config.incidentsFile,
  });
}
