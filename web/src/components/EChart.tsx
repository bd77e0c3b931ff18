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

/** Bars, scatters and graphs drawn with ECharts on a canvas; no animation, resizing with its container while it is on the page. */
export function EChart({ option, label, height = 320 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas', height });
    chart.setOption({ animation: false, ...option });
    // A removed chart's box is observed at 0 px before the effect's cleanup runs: ECharts cannot lay out a
    // graph in 0 px (it throws), so only a box still on the page with a width is resized.
    const resize = new ResizeObserver(() => {
      if (el.isConnected && el.clientWidth > 0) chart.resize();
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option, height]);
  return <div ref={box} class="chart" style={{ height: `${height}px` }} role="img" aria-label={label} />;
}
