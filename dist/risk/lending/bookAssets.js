// src/risk/lending/bookAssets.ts
function bookAssets(book) {
  return [...new Set(book.accounts.flatMap((a) => [...a.collateral, ...a.debt].map((h) => h.asset)))].sort();
}
export {
  bookAssets
};
