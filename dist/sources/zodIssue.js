// src/sources/zodIssue.ts
function formatPath(path) {
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("");
}
function issueText(issue) {
  const path = formatPath(issue.path) || "(root)";
  return `${path}: ${issue.message.replace(/^Invalid input: /, "")}`;
}
export {
  formatPath,
  issueText
};
