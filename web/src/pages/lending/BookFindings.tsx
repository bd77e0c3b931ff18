import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { usd } from '../../format.ts';

type Doc = Pick<Documents['/api/v1/lending/curve'], 'findings' | 'book' | 'assumptions'>;
type Finding = Doc['findings'][number];

const KIND: Record<Finding['kind'], string> = {
  'missing-debt-position': 'no row in the debt-positions file',
  'debt-above-collateral': 'debt above collateral before any move',
};
const TREATMENT: Record<Finding['treatment'], string> = {
  'left-out': 'left out of every figure',
  'in-baseline': 'kept: its shortfall is the no-move baseline',
};

/**
 * The book's flagged input, apart from the figures: each data-quality finding with its accounts and USD
 * amounts and how it was treated (left out, or kept in the baseline), the chain snapshot's reserves with
 * a broken price, and the assumptions the source forced.
 */
export function BookFindings({ doc }: { doc: Doc }) {
  return (
    <section aria-labelledby="findings-title">
      <h3 id="findings-title">Flagged input (shown apart, never blended into a figure)</h3>
      {doc.findings.length === 0 ? (
        <p>No account of this book is flagged.</p>
      ) : (
        <>
          <DataTable
            id="lending-findings"
            caption="Data-quality findings on the book's accounts (USD)"
            rows={doc.findings}
            columns={[
              { label: 'finding', value: (f) => KIND[f.kind] },
              { label: 'treatment', value: (f) => TREATMENT[f.treatment] },
              { label: 'accounts', value: (f) => f.accounts, numeric: true },
              { label: 'no collateral', value: (f) => f.noCollateralAccounts, numeric: true },
              { label: 'debt', value: (f) => f.debtUsd, show: (f) => usd(f.debtUsd), numeric: true },
              {
                label: 'collateral',
                value: (f) => f.collateralUsd,
                show: (f) => usd(f.collateralUsd),
                numeric: true,
              },
              {
                label: 'shortfall',
                value: (f) => f.shortfallUsd,
                show: (f) => usd(f.shortfallUsd),
                numeric: true,
              },
              { label: 'for example', value: (f) => f.examples.join(', ') },
            ]}
          />
          <ul class="note">
            {doc.findings.map((f) => (
              <li key={f.kind}>{f.message}.</li>
            ))}
          </ul>
        </>
      )}
      {doc.book.flaggedPrices.length > 0 ? (
        <DataTable
          id="lending-flagged-prices"
          caption="Reserves whose oracle price is missing, zero or stale"
          rows={doc.book.flaggedPrices}
          columns={[
            { label: 'asset', value: (p) => p.asset },
            { label: 'problem', value: (p) => p.problem },
          ]}
        />
      ) : null}
      <details>
        <summary>What the source did not say, and was assumed</summary>
        <ul>
          {doc.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
