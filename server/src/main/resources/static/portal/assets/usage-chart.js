// The agency administrator's usage charts (uPlot, ADR 0075): the server prepares the numbers as JSON
// (/portal/admin/usage/data); this file only draws them. No inline script (the CSP forbids it).
(function () {
  var COLOURS = ['#0b5d4b', '#b3261e', '#1f5fa8', '#a05a00', '#6b3fa0', '#2e7d32', '#5d4037', '#00838f',
    '#ad1457', '#455a64'];

  function draw(element, data) {
    var series = data[element.getAttribute('data-usage-chart')] || [];
    var x = data.days.map(function (_, i) { return i; });
    var opts = {
      width: Math.max(280, element.clientWidth),
      height: 260,
      scales: { x: { time: false } },
      axes: [
        { values: function (u, splits) { return splits.map(function (i) { var d = data.days[i]; return d ? d.slice(5) : ''; }); } },
        { size: 50 }
      ],
      legend: { live: false },
      series: [{ label: '' }].concat(series.map(function (s, i) {
        return { label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2, points: { show: true, size: 5 } };
      }))
    };
    var plot = new uPlot(opts, [x].concat(series.map(function (s) { return s.values; })), element);
    window.addEventListener('resize', function () {
      plot.setSize({ width: Math.max(280, element.clientWidth), height: 260 });
    });
    element.setAttribute('data-drawn', String(series.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var charts = document.querySelectorAll('[data-usage-chart]');
    if (charts.length === 0 || typeof uPlot === 'undefined') {
      return;
    }
    fetch(charts[0].getAttribute('data-url'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) { charts.forEach(function (element) { draw(element, data); }); });
  });
})();
