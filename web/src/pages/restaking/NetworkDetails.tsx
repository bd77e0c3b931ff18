import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { inUnit, pct } from '../../format.ts';

type Check = Documents['/api/v1/restaking'];

/**
 * The rest of a restaking check, as the document gives it: EigenLayer's sufficient condition per
 * validator, how each node's slashable stake was computed (for whom, and why it is what it is), overlaps
 * and leverage, liquid restaking tokens against the withdrawal delay, assumptions, and the file's sources.
 */
export function NetworkDetails({ check }: { check: Check }) {
  const failing = check.sufficientCondition.filter((r) => !r.holds);
  const unit = check.unit;
  return (
    <>
      <p id="restaking-condition">
        EigenLayer's sufficient condition holds for {check.sufficientCondition.length - failing.length} of{' '}
        {check.sufficientCondition.length} validators.
      </p>
      {check.conversion.length > 0 ? (
        <details>
          <summary>How each node's slashable stake was computed ({check.conversion.length} nodes)</summary>
          <ul id="restaking-conversion">
            {check.conversion.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {failing.length > 0 ? (
        <details>
          <summary>Validators failing the sufficient condition ({failing.length})</summary>
          <DataTable
            caption={`Σ (σ_v/σ_N(s))·π_s/α_s against σ_v (${unit ?? 'file unit'})`}
            rows={failing}
            columns={[
              { label: 'validator', value: (r) => r.validator },
              { label: 'left side', value: (r) => r.lhs, show: (r) => inUnit(r.lhs, unit), numeric: true },
              { label: 'stake σ_v', value: (r) => r.rhs, show: (r) => inUnit(r.rhs, unit), numeric: true },
            ]}
          />
        </details>
      ) : null}
      <DataTable
        id="restaking-overlaps"
        caption="Services sharing operators (share of the smaller service's restaked stake)"
        rows={check.stake.overlaps}
        columns={[
          { label: 'service', value: (o) => o.a },
          { label: 'and service', value: (o) => o.b },
          { label: 'shared', value: (o) => o.share, show: (o) => pct(o.share), numeric: true },
        ]}
      />
      {check.liquidity.length > 0 ? (
        <DataTable
          id="restaking-liquidity"
          caption={`Liquid restaking tokens against the withdrawal delay (${unit ?? 'file unit'}; days)`}
          rows={check.liquidity}
          columns={[
            { label: 'token', value: (l) => l.token },
            { label: 'value', value: (l) => l.value, show: (l) => inUnit(l.value, unit), numeric: true },
            {
              label: 'instant liquidity',
              value: (l) => l.instantLiquidity,
              show: (l) => inUnit(l.instantLiquidity, unit),
              numeric: true,
            },
            { label: 'stuck', value: (l) => l.stuck, show: (l) => inUnit(l.stuck, unit), numeric: true },
            {
              label: 'stuck share',
              value: (l) => l.stuckShare,
              show: (l) => pct(l.stuckShare),
              numeric: true,
            },
            { label: 'delay (days)', value: (l) => l.delayDays, numeric: true },
          ]}
        />
      ) : null}
      {check.assumptions.length > 0 ? (
        <>
          <h4>Assumed, not public record</h4>
          <ul id="restaking-assumptions">
            {check.assumptions.map((a) => (
              <li key={a.field}>
                <code>{a.field}</code>: {a.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>What the network file cites</h4>
      {check.networkSources.length > 0 ? (
        <ul id="restaking-network-sources">
          {check.networkSources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p id="restaking-network-sources">The network cites no sources for its figures.</p>
      )}
    </>
  );
}
