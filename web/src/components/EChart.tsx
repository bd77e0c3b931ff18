import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([
  BarChart,
  GraphChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** The options of an ECharts chart (only the parts Faultline draws are registered). */
export type ChartOption = echarts.EChartsCoreOption;

type Props = { option: ChartOption; label: string; height?: number };

/** Bars, scatters and graphs drawn with ECharts on a canvas; no animation, resizing with its container. */
export function EChart({ option, label, height = 320 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas', height });
    chart.setOption({ animation: false, ...option });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, height]);
  return <div ref={box} class="chart" style={{ height: `${height}px` }} role="img" aria-label={label} />;
}
