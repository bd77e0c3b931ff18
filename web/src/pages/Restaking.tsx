import { Provenance } from '../components/Provenance.tsx';
import { useDocument } from '../useApi.ts';
import { Babylon } from './restaking/Babylon.tsx';
import { CheckSummary } from './restaking/CheckSummary.tsx';
import { NetworkDetails } from './restaking/NetworkDetails.tsx';
import { ServiceStake } from './restaking/ServiceStake.tsx';
import { UploadCheck } from './restaking/UploadCheck.tsx';

/**
 * Restaking: the configured network's check as `restaking check` answers it (verdict and certificate, γ*'s
 * bracket, restaked against slashable stake per service and for whom, liquidity, assumptions, the file's
 * sources), Babylon from the store, and a check on a network the user uploads.
 */
export function Restaking() {
  const check = useDocument('/api/v1/restaking');
  if (check.error) return <p role="alert">{check.error}</p>;
  if (!check.data) return <p aria-busy="true">Checking the configured network…</p>;
  const c = check.data;
  return (
    <section aria-labelledby="restaking-title">
      <h2 id="restaking-title">Restaking: security on paper and in fact</h2>
      <p id="restaking-name">
        <strong>{c.name ?? 'The configured network'}</strong>, in {c.unit ?? 'the file unit'}.
      </p>
      <Provenance
        meta={c}
        undated="The configured network file is not tied to one day (what it cites, below, says which days its figures are of)"
      />
      <CheckSummary check={c} id="restaking" />
      <ServiceStake check={c} />
      <NetworkDetails check={c} />
      <Babylon />
      <UploadCheck />
    </section>
  );
}
