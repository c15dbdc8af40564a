// Draws each statistics figure's chart from the table beside it (the table is what screen readers
// read, so the picture can never say something else). Right to left on an Urdu page.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var rtl = document.documentElement.dir === 'rtl';
  var colours = ['#1f5fa8', '#b3261e', '#e08a00', '#2e7d32', '#5b2a86'];
  var fontFamily = getComputedStyle(document.body).fontFamily;

  function read(table) {
    var columns = Array.prototype.map.call(table.querySelectorAll('thead th[data-key]'), function (th) {
      return th.textContent.trim();
    });
    var labels = [];
    var series = columns.map(function () { return []; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      Array.prototype.forEach.call(tr.querySelectorAll('td'), function (td, i) {
        series[i].push(Number(td.textContent.trim()) || 0);
      });
    });
    return {columns: columns, labels: labels, series: series};
  }

  function draw(figure) {
    var kind = figure.getAttribute('data-chart');
    var box = figure.querySelector('.statistics-chart');
    var table = figure.querySelector('table');
    if (!box || !table || kind === 'none') {
      return;
    }
    var data = read(table);
    var chart = echarts.init(box, null, {renderer: 'canvas'});
    chart.setOption({
      color: colours,
      animation: false,
      textStyle: {fontFamily: fontFamily},
      tooltip: {trigger: 'axis'},
      legend: {top: 0, type: 'scroll'},
      grid: {left: 48, right: 48, top: 36, bottom: 56, containLabel: false},
      xAxis: {type: 'category', data: data.labels, inverse: rtl, axisLabel: {rotate: data.labels.length > 8 ? 40 : 0, hideOverlap: true}},
      yAxis: {type: 'value', position: rtl ? 'right' : 'left', minInterval: 1},
      series: data.columns.map(function (name, i) {
        return {name: name, type: kind === 'line' ? 'line' : 'bar', data: data.series[i], showSymbol: data.labels.length < 40};
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart]'), draw);
})();
