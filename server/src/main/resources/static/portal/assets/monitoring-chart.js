// The registry's monitoring charts (uPlot, ADR 0075): the server prepares every number as JSON (the
// element's data-url: {chartName: {labels: [...], series: [{key, label, values}]}}); this file only
// draws the chart named by data-monitoring-chart. No inline script (the CSP forbids it).
(function () {
  var COLOURS = ['#0b5d4b', '#b3261e', '#1f5fa8', '#a05a00', '#6b3fa0', '#2e7d32', '#5d4037', '#00838f',
    '#ad1457', '#455a64'];

  function draw(element, charts) {
    var chart = charts[element.getAttribute('data-monitoring-chart')];
    if (!chart || chart.series.length === 0) {
      element.setAttribute('data-drawn', '0');
      return;
    }
    var bars = element.getAttribute('data-bars') === 'true';
    var labels = chart.labels;
    var x = labels.map(function (_, i) { return i; });
    var opts = {
      width: Math.max(280, element.clientWidth),
      height: 260,
      scales: { x: { time: false } },
      axes: [
        { values: function (u, splits) { return splits.map(function (i) { var l = labels[i]; return l === undefined ? '' : (l.length === 10 ? l.slice(5) : l); }); } },
        { size: 60, values: function (u, splits) { return splits.map(function (v) { return Number.isInteger(v) ? String(v) : ''; }); } }
      ],
      legend: { live: false },
      series: [{ label: '' }].concat(chart.series.map(function (s, i) {
        var line = { label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2 };
        if (bars) {
          line.fill = COLOURS[i % COLOURS.length];
          line.paths = uPlot.paths.bars({ size: [0.7, 40] });
          line.points = { show: false };
        } else {
          line.points = { show: true, size: 4 };
        }
        return line;
      }))
    };
    var plot = new uPlot(opts, [x].concat(chart.series.map(function (s) { return s.values; })), element);
    window.addEventListener('resize', function () {
      plot.setSize({ width: Math.max(280, element.clientWidth), height: 260 });
    });
    element.setAttribute('data-drawn', String(chart.series.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var elements = document.querySelectorAll('[data-monitoring-chart]');
    if (elements.length === 0 || typeof uPlot === 'undefined') {
      return;
    }
    fetch(elements[0].getAttribute('data-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (charts) { elements.forEach(function (element) { draw(element, charts); }); });
  });
})();
