import { keyProducts } from './keyProducts.ts';
import { mapChains } from './mapChains.ts';
import { stageCsv } from './stageCsv.ts';
import type { StageTx } from './validateStaged.ts';

/**
 * Stages a restaking history's token amounts (`chain,date,token,value,protocol`: unix seconds, token
 * units, not USD) and writes them to `protocol_token_tvl_daily` under each product's slug (`products`),
 * one amount per product, chain, token and day (the day's last row). Returns the rows read.
 */
export async function loadRestakingTokens(
  tx: StageTx,
  dataset: string,
  file: string,
  products: Readonly<Record<string, string>>,
): Promise<number> {
  const rows = await stageCsv(tx, file, {
    chain: 'text',
    date: 'unixSeconds',
    token: 'text',
    value: 'number',
    protocol: 'text',
  });
  await keyProducts(tx, file, products);
  await mapChains(tx, 'stage', 'chain');
  await tx.run(
    `INSERT INTO protocol_token_tvl_daily SELECT ?, s.key, m.id, m.section, to_timestamp(s.date::BIGINT)::DATE,
       s.token, arg_max(s.value::DOUBLE, s.line), NULL
     FROM stage s JOIN chain_map m ON m.raw = s.chain GROUP BY ALL`,
    [dataset],
  );
  return rows;
}
