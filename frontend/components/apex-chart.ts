import ApexCharts from 'apexcharts';

/** Text as text: ApexCharts writes tooltips and legends as HTML, so every name it shows there is escaped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (v: any) => (v === null || v === undefined ? '' : String(v)).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * <rd-apex-chart>: draws the ApexCharts options set on its `options` property. The server sends plain
 * data; number formatting in labels and tooltips is done here with the locale in `options.rdFormat`.
 * The live chart is reachable as `element.chart` (browser tests read its state through it).
 */
class RdApexChart extends HTMLElement {
  chart?: ApexCharts;
  private _options: any;
  private renderQueued = false;

  set options(value: any) {
    this._options = value;
    this.queueRender();
  }

  get options(): any {
    return this._options;
  }

  connectedCallback() {
    this.style.display = 'block';
    this.queueRender();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private queueRender() {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private render() {
    if (!this._options || !this.isConnected) return;
    const options = structuredClone(this._options);
    const fmt = options.rdFormat ?? { locale: 'vi-VN', suffix: '', decimals: 0 };
    delete options.rdFormat;
    const nf = new Intl.NumberFormat(fmt.locale, {
      minimumFractionDigits: fmt.decimals,
      maximumFractionDigits: fmt.decimals,
    });
    const format = (v: any) => (v === null || v === undefined || isNaN(v) ? '–' : nf.format(Number(v)) + fmt.suffix);
    const isDonut = options.chart?.type === 'donut';
    // a donut's labels show the values themselves, not ApexCharts' default percentages
    options.dataLabels = {
      ...(options.dataLabels ?? {}),
      formatter: (v: any, o: any) => format(isDonut && o?.w ? o.w.globals.series[o.seriesIndex] : v),
    };
    // tooltip title (category), series names in the tooltip and the legend: HTML in ApexCharts, so escaped here
    options.tooltip = {
      ...(options.tooltip ?? {}),
      x: { formatter: (v: any) => escapeHtml(v) },
      y: { formatter: (v: any) => format(v), title: { formatter: (name: any) => (name ? escapeHtml(name) + ': ' : '') } },
    };
    options.legend = { ...(options.legend ?? {}), formatter: (name: any) => escapeHtml(name) };
    if (options.xaxis) {
      options.xaxis = { ...options.xaxis, tooltip: { enabled: false } };
    }
    if (options.chart?.type !== 'donut' && options.chart?.type !== 'radar') {
      const axis = options.plotOptions?.bar?.horizontal ? 'xaxis' : 'yaxis';
      options[axis] = { ...(options[axis] ?? {}), labels: { formatter: (v: any) => format(v) } };
    }
    this.chart?.destroy();
    this.chart = new ApexCharts(this, options);
    this.chart.render();
  }
}

customElements.define('rd-apex-chart', RdApexChart);
