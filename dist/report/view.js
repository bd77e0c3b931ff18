// src/report/view.ts
function column(label, unit, key, digits) {
  const k = key ?? label.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return digits === void 0 ? { label, key: k, unit } : { label, key: k, unit, digits };
}
export {
  column
};
