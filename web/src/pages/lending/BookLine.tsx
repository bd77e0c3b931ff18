import type { Documents } from '../../api.ts';

type Book = Documents['/api/v1/lending/curve']['book'];

/** Where a book came from, in words a reader checks: an imported file, a chain read at a block, or input. */
function origin(book: Book): string {
  if (book.kind === 'top-borrowers')
    return 'an imported CSV file of the top 1,000 borrowers (not a chain read)';
  if (book.kind === 'chain-snapshot')
    return `a market snapshot read from chain ${book.chainId ?? 'unknown'} at block ${book.block ?? 'unknown'}`;
  return 'the positions given';
}

/**
 * The book every lending figure on the page is computed on, as the document states it: the market, its
 * source (CSV file or chain snapshot), the UTC day of its positions and the number of accounts.
 */
export function BookLine({ doc }: { doc: Pick<Documents['/api/v1/lending/curve'], 'book' | 'accounts'> }) {
  const { book, accounts } = doc;
  return (
    <p id="lending-book">
      Book: <strong>{book.market ?? 'input'}</strong>, <span id="lending-book-source">{origin(book)}</span>
      {'; positions of '}
      {book.day ? (
        <time id="lending-book-day" dateTime={book.day}>
          {book.day}
        </time>
      ) : (
        'no stated day'
      )}{' '}
      (UTC), {accounts.toLocaleString('en-US')} accounts: {book.description}.
    </p>
  );
}
