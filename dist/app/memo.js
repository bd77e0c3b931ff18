// src/app/memo.ts
var MEMO_ENTRIES = 64;
function createMemo(generation, entries = MEMO_ENTRIES) {
  let seen = generation();
  const values = /* @__PURE__ */ new Map();
  return (key, make) => {
    if (generation() !== seen) {
      seen = generation();
      values.clear();
    }
    let value = values.get(key);
    if (value) {
      values.delete(key);
      values.set(key, value);
      return value;
    }
    value = make();
    values.set(key, value);
    value.catch(() => {
      if (values.get(key) === value) values.delete(key);
    });
    while (values.size > entries) values.delete(values.keys().next().value);
    return value;
  };
}
export {
  MEMO_ENTRIES,
  createMemo
};
