// src/analytics/tvlSeriesDocument.ts
function tvlSeriesDocument(series) {
  return {
    schema: "faultline.tvl/v1",
    subject: series.subject.label,
    rule: series.rule,
    unit: series.request.denominate,
    toggles: series.request.toggles,
    points: series.points.map((p) => [p.day, p.value]),
    usd: series.request.denominate === "usd" ? void 0 : series.points.map((p) => [p.day, p.usd]),
    published: series.published.length > 0 ? series.published.map((p) => [p.day, p.value]) : void 0,
    notes: series.notes
  };
}
export {
  tvlSeriesDocument
};
