import { useMemo } from 'preact/hooks';
import type { Documents } from '../../api.ts';
import { EChart } from '../../components/EChart.tsx';

type Check = Documents['/api/v1/restaking'];

/** At most this many nodes are drawn; larger networks show the attacking coalition and its services. */
const MAX_NODES = 150;

/** The checked network drawn as a graph: validators (circles) and services (squares); the attacking coalition in red. */
export function CoalitionGraph({ check }: { check: Check }) {
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
