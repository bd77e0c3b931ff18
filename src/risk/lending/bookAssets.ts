import type { PositionBook } from '../../model/lending.ts';

/** Every asset a book holds as collateral or owes, sorted. */
export function bookAssets(book: PositionBook): string[] {
  return [...new Set(book.accounts.flatMap((a) => [...a.collateral, ...a.debt].map((h) => h.asset)))].sort();
}
