import { z } from 'zod';
import { readRestakingNetwork } from '../../sources/files/readRestakingNetwork.ts';
import type { App } from '../createApp.ts';
import { parseParameters } from '../parameters.ts';
import { ReportParameters, ReportResult, report } from '../report.ts';
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

/** The report's parameters where both forms are served (the API): `version` picks the document. */
export const VersionedReportParameters = ReportParameters.extend({
  version: z
    .enum(['1', '2'])
    .default('2')
    .describe('1: the first report form (faultline.report/v1), still served'),
});
export type VersionedReportParameters = z.input<typeof VersionedReportParameters>;

/** Either form of the report: `faultline.report/v2`, or the first form, checked by its schema name. */
export const VersionedReportResult = z.union([
  ReportResult,
  z.looseObject({ schema: z.literal('faultline.report/v1') }),
]);

/** The report in the form `version` names (default the current one). */
export function versionedReport(app: App, parameters: VersionedReportParameters) {
  const { version, ...rest } = parseParameters(VersionedReportParameters, parameters, 'report');
  return version === '1' ? reportV1(app, rest) : report(app, rest);
}
