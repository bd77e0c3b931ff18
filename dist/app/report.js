// src/app/report.ts
import { buildReport } from "../report/buildReport.js";
import { DATASETS } from "../sources/files/datasets.js";
import { readRestakingNetwork } from "../sources/files/readRestakingNetwork.js";
async function report(app, asOf) {
  return buildReport({
    store: await app.store(),
    datasets: DATASETS,
    asOf,
    registry: app.registry(),
    restaking: { file: app.config.restakingFile, input: readRestakingNetwork(app.config.restakingFile) },
    incidentsFile: app.config.incidentsFile
  });
}
export {
  report
};
