// src/core/engineReason.ts
function engineReason(err) {
  const text = String(err?.message ?? err);
  return text.split("\n")[0]?.replace(/^[A-Za-z ]+Error: /, "") ?? text;
}
export {
  engineReason
};
