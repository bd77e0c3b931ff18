// src/report/render/renderJson.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
export {
  renderJson
};
