import type { Report } from '../report.ts';

/** Renders the report as JSON (schema `faultline.report/v1`, documented in the README). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
