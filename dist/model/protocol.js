// src/model/protocol.ts
function slugify(name) {
  return name.trim().toLowerCase().replace(/\s+/g, "-").replace(/[^a-z0-9.\-²]+/g, "-").replace(/-+/g, "-").replace(/^-|-$/g, "");
}
export {
  slugify
};
