// "My history": the signed-in person's own check-ins and exercises over time. Never anyone else's.
(function () {
  'use strict';
  const C = window.TabCharts;

  function render(container, h) {
    container.replaceChildren();
    const grid = C.element('div', { class: 'grid' });
    container.appendChild(C.element('h2', { text: 'My history' }));
    container.appendChild(C.element('p', { class: 'subtle', text: 'Only you can see this page. What you wrote stays in your chat with OutcomesBot (type "my data").' }));
    container.appendChild(grid);
    const box = C.canvasBox('history', 'My confidence at each check-in, 1 to 5');
    grid.appendChild(C.section('history-checkins', 'My check-ins', box.box,
      C.table('history-checkins', 'My check-ins', ['Date', 'Confidence', 'Readiness index', 'Asked for support'],
        h.checkIns.map((c) => [C.isoDay(c.answeredAt), c.confidence, c.readinessIndex === null ? 'no pulse' : c.readinessIndex, c.askedForSupport ? 'yes' : 'no'])),
      h.checkIns.length ? null : 'No check-ins in this range yet: type checkin in your chat with OutcomesBot.'));
    C.chart(box.canvas, 'line', h.checkIns.map((c) => C.weekLabel(c.answeredAt)), [
      { label: 'My confidence', data: h.checkIns.map((c) => c.confidence), borderColor: C.css('--accent'), backgroundColor: C.css('--accent'), pointRadius: 3 },
    ], { min: 1, max: 5, beginAtZero: false });
    grid.appendChild(C.section('history-exercises', 'My exercises', null,
      C.table('history-exercises', 'Exercises I finished', ['Date', 'Exercise'], h.exercises.map((e) => [C.isoDay(e.completedAt), e.title])),
      h.exercises.length + ' finished in this range.'));
    container.querySelectorAll('#table-history-exercises td').forEach((td) => td.classList.remove('hidden-figure'));
  }

  window.TabHistory = { render: render };
})();
