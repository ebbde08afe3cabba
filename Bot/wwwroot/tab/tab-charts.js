// Drawing for the leaders' tab: Chart.js charts, the heat map as SVG, and a table view of every chart. Every figure is
// drawn from what the API sent; a figure the API withheld (below the threshold) is drawn as "hidden", never as zero.
(function () {
  'use strict';
  Chart.defaults.animation = false;
  const charts = [];
  const SHORT = {
    'involved': 'Involved in the design', 'heard': 'Views are heard', 'benefit-me': 'Good for me',
    'benefit-organisation': 'Good for the organisation', 'benefit-community': 'Good for the community',
    'status-quo': 'Unhappy with the old way', 'competence': 'Confident in my competence', 'big-picture': 'See the big picture',
    'support-time': 'Support and time to adjust', 'pace': 'Not too much at once', 'spacing': 'Changes are spaced',
    'reasons': 'Understand the reasons', 'important': 'Believe it is important', 'necessary': 'Believe it is necessary',
  };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function css(name) { return getComputedStyle(document.body).getPropertyValue(name).trim(); }
  function fmt(value) { return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100); }
  function isoDay(time) { return String(time).slice(0, 10); }
  function weekLabel(time) { const d = new Date(time); return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()]; }
  function monthLabel(key) { return MONTHS[Number(key.slice(5, 7)) - 1] + ' ' + key.slice(0, 4); }
  // "7 Sep to 23 Nov 2026", or "24 Nov 2025 to 16 Nov 2026": the year once when both days are in it.
  function dayRange(from, to) {
    const a = new Date(from);
    const b = new Date(to);
    return weekLabel(from) + (a.getUTCFullYear() === b.getUTCFullYear() ? '' : ' ' + a.getUTCFullYear()) + ' to ' + weekLabel(to) + ' ' + b.getUTCFullYear();
  }

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (key === 'text') { node.textContent = value; } else { node.setAttribute(key, value); }
    });
    (children || []).forEach((child) => node.appendChild(child));
    return node;
  }

  // A section with a heading, the drawing (hidden from screen readers, which get the table), a note and the table view.
  function section(id, title, drawing, table, note, wide) {
    const heading = element('h2', { id: id + '-heading', text: title });
    const card = element('section', { class: 'card' + (wide ? ' wide' : ''), id: 'section-' + id, 'aria-labelledby': id + '-heading' }, [heading]);
    if (drawing) { card.appendChild(drawing); }
    if (note) { card.appendChild(element('p', { class: 'note', text: note })); }
    card.appendChild(table);
    return card;
  }

  function canvasBox(id, label) {
    const canvas = element('canvas', { id: 'chart-' + id, role: 'img', 'aria-label': label + ': the table view below has the same numbers.' });
    return { box: element('div', { class: 'chart' }, [canvas]), canvas: canvas };
  }

  // Cells: a number, or a string such as "hidden" (shown in italics).
  function table(id, caption, headers, rows) {
    const head = element('tr', {}, headers.map((h) => element('th', { scope: 'col', text: h })));
    const body = rows.map((row) => element('tr', {}, row.map((cell, i) => {
      const text = typeof cell === 'number' ? fmt(cell) : cell;
      const attributes = { text: text };
      if (i === 0) { attributes.scope = 'row'; }
      if (typeof cell === 'string' && i > 0) { attributes.class = 'hidden-figure'; }
      return element(i === 0 ? 'th' : 'td', attributes);
    })));
    return element('div', { class: 'table-view' }, [
      element('table', { id: 'table-' + id }, [element('caption', { text: caption }), element('thead', {}, [head]), element('tbody', {}, body)]),
    ]);
  }

  function chart(canvas, type, labels, datasets, yOptions) {
    const text = css('--text');
    const grid = css('--grid');
    charts.push(new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, spanGaps: false,
        plugins: { legend: { labels: { color: text } }, tooltip: { enabled: true } },
        scales: {
          x: { ticks: { color: text, maxRotation: 0, autoSkip: true }, grid: { color: grid }, stacked: !!(yOptions && yOptions.stacked) },
          y: Object.assign({ ticks: { color: text }, grid: { color: grid }, beginAtZero: true }, yOptions || {}),
        },
      },
    }));
  }

  function destroyCharts() { while (charts.length) { charts.pop().destroy(); } }

  function heatColour(mean) {
    const low = hex(css('--heat-low'));
    const high = hex(css('--heat-high'));
    const t = Math.min(1, Math.max(0, (mean - 1) / 4));
    const rgb = low.map((c, i) => Math.round(c + (high[i] - c) * t));
    const light = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) > 140;
    return { fill: 'rgb(' + rgb.join(',') + ')', text: light ? css('--heat-text-dark') : css('--heat-text-light') };
  }

  function hex(value) { const v = value.replace('#', ''); return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16)); }

  // The month-by-condition heat map: every cell says its value (or "hidden"), so colour is never the only clue.
  function heatMap(months, conditions) {
    const ns = 'http://www.w3.org/2000/svg';
    const left = 200; const cell = 58; const row = 24; const top = 24;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('id', 'heatmap');
    svg.setAttribute('width', String(left + cell * months.length));
    svg.setAttribute('height', String(top + row * conditions.length + 4));
    svg.setAttribute('aria-hidden', 'true');
    const add = (tag, attributes, text) => {
      const node = document.createElementNS(ns, tag);
      Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, String(v)));
      if (text !== undefined) { node.textContent = text; }
      svg.appendChild(node);
    };
    months.forEach((m, i) => add('text', { x: left + i * cell + cell / 2, y: 16, 'text-anchor': 'middle', fill: css('--text') }, monthLabel(m.month).replace(' 20', " '")));
    conditions.forEach((c, r) => {
      const y = top + r * row;
      add('text', { x: left - 8, y: y + 16, 'text-anchor': 'end', fill: css('--text'), 'font-weight': c.weakest ? 700 : 400 }, SHORT[c.id] || c.id);
      months.forEach((m, i) => {
        const x = left + i * cell;
        const mean = m.conditionMeans[c.id];
        const shown = m.pulseStatus === 'shown' && mean !== undefined;
        const colour = shown ? heatColour(mean) : { fill: css('--card'), text: css('--subtle') };
        add('rect', { x: x + 1, y: y + 1, width: cell - 2, height: row - 2, rx: 3, fill: colour.fill, stroke: css('--line') });
        add('text', { x: x + cell / 2, y: y + 16, 'text-anchor': 'middle', fill: colour.text }, shown ? fmt(mean) : m.pulseStatus === 'none' ? '–' : 'hidden');
      });
    });
    return element('div', { class: 'heat' }, [svg]);
  }

  window.TabCharts = {
    charts: charts, css: css, fmt: fmt, isoDay: isoDay, weekLabel: weekLabel, monthLabel: monthLabel, dayRange: dayRange, element: element,
    section: section, canvasBox: canvasBox, table: table, chart: chart, destroyCharts: destroyCharts, heatMap: heatMap, shortName: (id) => SHORT[id] || id,
  };
})();
