import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { inUnit, pct } from '../../format.ts';

type Check = Documents['/api/v1/restaking'];

/**
 * Restaked against slashable stake per service (what an attack would actually forfeit), with operator
 * concentration and what the file reports for each service (restaked, stakers), in the network's unit.
 */
export function ServiceStake({ check }: { check: Check }) {
  const services = check.stake.services;
  const reported = new Map(check.reported.map((r) => [r.service, r]));
  const option = useMemo(
    () => ({
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
    }),
    [services],
  );
  return (
    <>
      <Figure
        title="Restaked vs slashable stake per service"
        note={`In ${check.unit ?? 'the file unit'}; slashable stake is what an attack would actually forfeit.`}
        numbers={<p>They are the table below, “Stake and operator concentration per service”.</p>}
      >
        <EChart label="Restaked versus slashable stake per service" height={240} option={option} />
      </Figure>
      <DataTable
        id="restaking-services"
        caption={`Stake and operator concentration per service (${check.unit ?? 'file unit'})`}
        rows={services}
        columns={[
          { label: 'service', value: (s) => s.service },
          {
            label: 'restaked',
            value: (s) => s.restaked,
            show: (s) => inUnit(s.restaked, check.unit),
            numeric: true,
          },
          {
            label: 'slashable',
            value: (s) => s.slashable,
            show: (s) => inUnit(s.slashable, check.unit),
            numeric: true,
          },
          {
            label: 'slashable share',
            value: (s) => s.slashableShare,
            show: (s) => pct(s.slashableShare),
            numeric: true,
          },
          { label: 'operators', value: (s) => s.operators, numeric: true },
          {
            label: 'reported restaked',
            value: (s) => reported.get(s.service)?.restaked ?? null,
            show: (s) => inUnit(reported.get(s.service)?.restaked, check.unit),
            numeric: true,
          },
          {
            label: 'reported stakers',
            value: (s) => reported.get(s.service)?.stakers ?? null,
            show: (s) => reported.get(s.service)?.stakers?.toLocaleString('en-US') ?? 'unknown',
            numeric: true,
          },
          { label: 'HHI', value: (s) => Math.round(s.hhi), numeric: true },
          { label: 'Nakamoto at α', value: (s) => s.nakamoto, numeric: true },
        ]}
      />
    </>
  );
}
