import ApexCharts from 'apexcharts';

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
    options.tooltip = { ...(options.tooltip ?? {}), y: { formatter: (v: any) => format(v) } };
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
