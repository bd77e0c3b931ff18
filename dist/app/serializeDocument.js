// src/app/serializeDocument.ts
function serializeDocument(document) {
  return JSON.stringify(document);
}
export {
  serializeDocument
};
