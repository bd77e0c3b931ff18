import { useMemo, useState } from 'preact/hooks';
import { postComputation } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { EChart } from '../components/EChart.tsx';
import { Figure } from '../components/Figure.tsx';
import type { RestakingCheck as Check } from '../pendingDocuments.ts';
import { useDocument } from '../useApi.ts';

/** At most this many nodes are drawn; larger networks show the attacking coalition and its services. */
const MAX_NODES = 150;

function verdict(c: Check): string {
  if (c.secure)
    return `Secure: γ* = ${c.gammaStar?.toFixed(4)}${c.gammaExact ? '' : ' (lower bound)'} on ${c.checked}.`;
  const a = c.validAttack;
  if (!a) return `Insecure on ${c.checked}, with no attack in the answer.`;
  return `Insecure on ${c.checked}: ${a.validators.length} validator(s) can attack ${a.services.join(', ')} for profit ${a.profit} > stake ${a.stake} ${c.unit ?? ''}.`;
}

/** The network drawn as a graph: validators (circles) and services (squares); the attacking coalition in red. */
function CoalitionGraph({ check }: { check: Check }) {
  const option = useMemo(() => {
    const attack = check.validAttack ?? check.onPaper?.validAttack ?? null;
    const inAttack = new Set([...(attack?.validators ?? []), ...(attack?.services ?? [])]);
    let services = check.graph.services;
    let validators = check.graph.validators;
    if (services.length + validators.length > MAX_NODES && attack) {
      services = services.filter((s) => inAttack.has(s.id));
      validators = validators.filter((v) => inAttack.has(v.id));
    }
    const shown = new Set(validators.map((v) => v.id));
    const nodes = [
      ...validators.slice(0, MAX_NODES).map((v) => ({
        id: `v:${v.id}`,
        name: v.id,
        symbol: 'circle',
        symbolSize: 12,
        itemStyle: { color: inAttack.has(v.id) ? '#c62828' : '#3366cc' },
      })),
      ...services.map((s) => ({
        id: `s:${s.id}`,
        name: s.id,
        symbol: 'rect',
        symbolSize: 22,
        itemStyle: { color: inAttack.has(s.id) ? '#c62828' : '#2e8540' },
      })),
    ];
    const links = services.flatMap((s) =>
      s.validators.filter((v) => shown.has(v)).map((v) => ({ source: `v:${v}`, target: `s:${s.id}` })),
    );
    return {
      tooltip: {},
      series: [
        {
          type: 'graph',
          layout: 'force',
          force: { repulsion: 120, edgeLength: 60, layoutAnimation: false },
          roam: true,
          label: { show: nodes.length <= 40 },
          data: nodes,
          links,
          lineStyle: { color: '#999999' },
        },
      ],
    };
  }, [check]);
  return (
    <EChart
      option={option}
      label={`Restaking network ${check.name ?? ''}: validators, services and the attacking coalition`}
      height={380}
    />
  );
}

/** Restaking: restaked vs slashable per service, operator concentration, and a check on an uploaded network. */
export function Restaking() {
  const base = useDocument('/api/v1/restaking');
  const [uploaded, setUploaded] = useState<Check | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const upload = async (file: File) => {
    setUploadError(null);
    setUploaded(null);
    try {
      const network = JSON.parse(await file.text());
      setUploaded(await postComputation('/api/v1/restaking/check', { network }));
    } catch (err) {
      setUploadError(`${file.name}: ${(err as Error).message}`);
    }
  };
  const stakeOption = useMemo(() => {
    const services = base.data?.stake.services ?? [];
    return {
      legend: { bottom: 0 },
      grid: { left: 110, right: 30, top: 10, bottom: 60 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: services.map((s) => s.service) },
      series: [
        {
          name: 'restaked',
          type: 'bar',
          data: services.map((s) => s.restaked),
          itemStyle: { color: '#3366cc' },
        },
        {
          name: 'slashable',
          type: 'bar',
          data: services.map((s) => s.slashable),
          itemStyle: { color: '#c62828' },
        },
      ],
      tooltip: { trigger: 'axis' },
    };
  }, [base.data]);
  if (base.error) return <p role="alert">{base.error}</p>;
  if (!base.data) return <p aria-busy="true">Loading…</p>;
  const services = base.data.stake.services;
  return (
    <section aria-labelledby="restaking-title">
      <h2 id="restaking-title">Restaking: security on paper and in fact</h2>
      <p>
        {base.data.name}: {verdict(base.data)} The same stake is promised{' '}
        {base.data.stake.leverage.toFixed(2)}× over.
      </p>
      <Figure
        title="Restaked vs slashable stake per service"
        note={`In ${base.data.unit ?? 'the file unit'}; slashable stake is what an attack would actually forfeit.`}
        numbers={
          <DataTable
            caption="Stake and operator concentration per service"
            rows={services}
            columns={[
              { label: 'service', value: (s) => s.service },
              { label: 'restaked', value: (s) => s.restaked, numeric: true },
              { label: 'slashable', value: (s) => s.slashable, numeric: true },
              { label: 'operators', value: (s) => s.operators, numeric: true },
              { label: 'HHI', value: (s) => Math.round(s.hhi), numeric: true },
              { label: 'Nakamoto at α', value: (s) => s.nakamoto, numeric: true },
            ]}
          />
        }
      >
        <EChart label="Restaked versus slashable stake per service" height={240} option={stakeOption} />
      </Figure>
      <h3>Check your own network</h3>
      <p class="note">
        A JSON network file in either README form (graph, or EigenLayer's). It is checked exactly (HiGHS) on
        this server.
      </p>
      <label class="upload">
        Network file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) upload(file);
          }}
        />
      </label>
      {uploadError ? <p role="alert">{uploadError}</p> : null}
      {uploaded ? (
        <Figure
          title={`Network ${uploaded.name ?? 'uploaded'}`}
          note={<span id="upload-verdict">{verdict(uploaded)}</span>}
          numbers={
            <DataTable
              caption="Services and their validators"
              rows={uploaded.graph.services}
              columns={[
                { label: 'service', value: (s) => s.id },
                { label: 'profit', value: (s) => s.profit, numeric: true },
                { label: 'validators', value: (s) => s.validators.join(', ') },
              ]}
            />
          }
        >
          <CoalitionGraph check={uploaded} />
        </Figure>
      ) : null}
    </section>
  );
}
