// src/report/report.ts
var REPORT_SCHEMA = "faultline.report/v1";
export {
  REPORT_SCHEMA
};
