// src/cli/answer.ts
import { Option } from "commander";
import { serializeDocument } from "../app/serializeDocument.js";
import { renderCsv } from "../report/render/renderCsv.js";
import { renderViewsMarkdown } from "../report/render/renderViewsMarkdown.js";
import { renderViewsText } from "../report/render/renderViewsText.js";
function formatOption(formats = ["text", "json", "csv", "md"]) {
  return new Option("--format <format>", "output format").choices(formats).default("text");
}
function writeAnswer(document, format, view) {
  if (format === "json") {
    process.stdout.write(`${serializeDocument(document)}
`);
    return;
  }
  const made = view(document);
  const views = Array.isArray(made) ? made : [made];
  if (format === "csv") process.stdout.write(renderCsv(views[0]));
  else if (format === "md") process.stdout.write(renderViewsMarkdown(views));
  else
    process.stdout.write(
      renderViewsText(views, { color: Boolean(process.stdout.isTTY), headings: views.length > 1 })
    );
}
export {
  formatOption,
  writeAnswer
};
