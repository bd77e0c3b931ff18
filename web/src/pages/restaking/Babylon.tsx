import { Provenance } from '../../components/Provenance.tsx';
import { pct, usd } from '../../format.ts';
import { useDocument } from '../../useApi.ts';

/**
 * Babylon from the store, as `restaking babylon` answers it: the covenant quorum that co-signs slashing,
 * the slashing rate of the stored parameters (unknown when absent, never assumed), the staked BTC with its
 * month, the BTC it would burn with the price's day, the unbonding wait and the finality quorum.
 */
export function Babylon() {
  const doc = useDocument('/api/v1/restaking/babylon');
  if (doc.error) return <p role="alert">Could not load Babylon: {doc.error}</p>;
  if (!doc.data) return <p aria-busy="true">Loading Babylon…</p>;
  const { security: s, month, btcPrice } = doc.data;
  const btc = (x: number | null) =>
    x === null ? 'unknown' : `${x.toLocaleString('en-US', { maximumFractionDigits: 3 })} BTC`;
  return (
    <section aria-labelledby="babylon-title">
      <h3 id="babylon-title">Babylon (Bitcoin staking)</h3>
      <ul id="babylon-facts">
        <li>{s.covenant.text}.</li>
        <li id="babylon-staked">
          Staked: <strong>{btc(s.stakedBtc)}</strong> at the month-end of {month ?? 'an unknown month'}.
        </li>
        <li id="babylon-slashing">
          Slashing rate:{' '}
          {s.slashingRate === null ? 'not in the stored parameters (unknown)' : pct(s.slashingRate)}; BTC at
          risk if every provider equivocates: {btc(s.stakeAtRiskBtc)}
          {s.stakeAtRiskUsd === null
            ? ''
            : ` (${usd(s.stakeAtRiskUsd)} at the BTC close of ${btcPrice ? usd(btcPrice.usd) : 'unknown'} on ${btcPrice?.day ?? 'an unknown day'})`}
          .
        </li>
        <li>
          Unbonding: {s.unbonding.blocks.toLocaleString('en-US')} blocks (about {s.unbonding.days.toFixed(1)}{' '}
          days). Finality needs more than {pct(s.finality.quorum)} of voting power:{' '}
          {pct(s.finality.haltShare)} withholding halts it, {pct(s.finality.safetyShare)} double-signing forks
          it (and reveals their keys); {s.finalityProviders} finality providers.
        </li>
        <li>{s.text}.</li>
      </ul>
      <Provenance meta={doc.data} />
    </section>
  );
}
