/** One rosette slice: L2BEAT's name, the value and its sentiment. */
export type Slice = { name: string; value: string; sentiment: string };

const COLOURS: Record<string, string> = {
  good: '#2e8540',
  warning: '#b7791f',
  bad: '#c62828',
  UnderReview: '#777777',
};

/** L2BEAT's risk rosette: five petals (state validation, DA, exit window, sequencer, proposer), coloured by sentiment. */
export function Rosette({ slices, name }: { slices: Slice[]; name: string }) {
  const petal = (i: number) => {
    const a0 = ((i * 72 - 90 - 34) * Math.PI) / 180;
    const a1 = ((i * 72 - 90 + 34) * Math.PI) / 180;
    const r = 30;
    return `M40,40 L${40 + r * Math.cos(a0)},${40 + r * Math.sin(a0)} A${r},${r} 0 0 1 ${40 + r * Math.cos(a1)},${40 + r * Math.sin(a1)} Z`;
  };
  const text = slices.map((s) => `${s.name}: ${s.value} (${s.sentiment})`).join('; ');
  return (
    <svg viewBox="0 0 80 80" width="56" height="56" role="img" aria-label={`${name} rosette: ${text}`}>
      <title>{text}</title>
      {slices.map((s, i) => (
        <path
          key={s.name}
          d={petal(i)}
          fill={COLOURS[s.sentiment] ?? '#777777'}
          stroke="#ffffff"
          stroke-width="1.5"
        />
      ))}
    </svg>
  );
}
