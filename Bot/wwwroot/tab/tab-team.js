// The team view: every chart of the leaders' tab, each with its table view, from one /tab/api/team/dashboard answer.
(function () {
  'use strict';
  const C = window.TabCharts;

  function render(container, d) {
    C.destroyCharts();
    container.replaceChildren();
    const hiddenNote = 'Hidden: fewer than ' + d.minimumAnswers + ' people answered, so nothing is shown (not zero).';
    const grid = C.element('div', { class: 'grid' });
    container.appendChild(grid);
    const weekLabels = d.weeks.map((w) => C.weekLabel(w.weekStart));
    const monthLabels = d.months.map((m) => C.monthLabel(m.month));

    const participation = C.canvasBox('participation', 'People who answered each week (%)');
    grid.appendChild(C.section('participation', 'Participation', participation.box,
      C.table('participation', 'Participation by week', ['Week', 'Answered', 'Members', 'Participation (%)'],
        d.weeks.map((w) => [C.isoDay(w.weekStart), w.hidden ? 'hidden' : w.answered, w.members, w.hidden ? 'hidden' : w.participationPercent])),
      hiddenNote));
    C.chart(participation.canvas, 'bar', weekLabels, [
      { label: 'Answered (%)', data: d.weeks.map((w) => (w.hidden ? null : w.participationPercent)), backgroundColor: C.css('--accent') },
      { label: 'Hidden', data: d.weeks.map((w) => (w.hidden ? 100 : null)), backgroundColor: C.css('--hidden') + '66', borderColor: C.css('--hidden'), borderWidth: 1 },
    ], { max: 100, stacked: false });

    const confidence = C.canvasBox('confidence', 'Average confidence each week, 1 to 5');
    grid.appendChild(C.section('confidence', 'Average confidence (1 to 5)', confidence.box,
      C.table('confidence', 'Average confidence by week', ['Week', 'Average confidence'],
        d.weeks.map((w) => [C.isoDay(w.weekStart), w.hidden ? 'hidden' : w.averageConfidence])),
      'Gaps in the line are hidden weeks.'));
    C.chart(confidence.canvas, 'line', weekLabels, [
      { label: 'Average confidence', data: d.weeks.map((w) => (w.hidden ? null : w.averageConfidence)), borderColor: C.css('--accent'), backgroundColor: C.css('--accent'), pointRadius: 3 },
    ], { min: 1, max: 5, beginAtZero: false });

    const readiness = C.canvasBox('readiness', 'Readiness index each week, 0 to 100');
    grid.appendChild(C.section('readiness', 'Readiness for change (0 to 100)', readiness.box,
      C.table('readiness', 'Readiness index by week', ['Week', 'Readiness index'],
        d.weeks.map((w) => [C.isoDay(w.weekStart), w.readinessStatus === 'shown' ? w.readinessIndex : w.readinessStatus === 'none' ? 'no pulse' : 'hidden'])),
      'The readiness pulse is asked once a month; weeks without it have no point.'));
    C.chart(readiness.canvas, 'line', weekLabels, [
      { label: 'Readiness index', data: d.weeks.map((w) => (w.readinessStatus === 'shown' ? w.readinessIndex : null)), borderColor: C.css('--accent-3'), backgroundColor: C.css('--accent-3'), pointRadius: 4, showLine: false },
    ], { min: 0, max: 100 });

    grid.appendChild(conditions(d));
    grid.appendChild(exercises(d, monthLabels));
    monthly(grid, d, monthLabels, 'learning-log', 'Learning-log entries', [['Entries', 'learningLogEntries', '--accent']], 'exercisesStatus');
    monthly(grid, d, monthLabels, 'stories', 'Success stories', [['Posted', 'storiesPosted', '--accent'], ['Celebrations', 'celebrations', '--accent-2']]);
    learningSets(monthly(grid, d, monthLabels, 'learning-sets', 'Action-learning sets', [['Rounds', 'learningRounds', '--accent'], ['Answers', 'learningAnswers', '--accent-3']]), d);
    grid.appendChild(youSaid(d));
  }

  function conditions(d) {
    const advice = C.element('ul', { class: 'advice', id: 'advice' }, d.conditions.map((c) => C.element('li', c.weakest ? { class: 'weak' } : {}, [
      C.element('strong', { text: C.shortName(c.id) + (c.rangeMean === null ? '' : ' (' + C.fmt(c.rangeMean) + ')') + (c.weakest ? ', one of the weakest: ' : ': ') }),
      document.createTextNode(c.advice),
    ])));
    const card = C.section('conditions', 'Conditions for change, month by month (1 to 5)', C.heatMap(d.months, d.conditions),
      C.table('conditions', 'Mean rating of each condition by month', ['Condition'].concat(d.months.map((m) => m.month)),
        d.conditions.map((c) => [c.statement].concat(d.months.map((m) => (m.pulseStatus !== 'shown' ? (m.pulseStatus === 'none' ? 'no pulse' : 'hidden')
          : m.conditionMeans[c.id] === undefined ? 'hidden' : m.conditionMeans[c.id]))))),
      'From the monthly pulse: the guide\'s fourteen conditions under which people meet change with enthusiasm. '
      + 'A month is shown once all its weeks are over, from the weeks in which at least ' + d.minimumAnswers + ' people rated a condition; '
      + 'otherwise it is hidden. The weakest conditions are in bold, with what you can do below.', true);
    card.appendChild(C.element('h3', { text: 'What you can do' }));
    card.appendChild(advice);
    return card;
  }

  function exercises(d, monthLabels) {
    const palette = C.css('--palette').split(',').map((c) => c.trim());
    const box = C.canvasBox('exercises', 'Exercises completed each month, by kind');
    const card = C.section('exercises', 'Exercises completed, by kind', box.box,
      C.table('exercises', 'Exercises completed by month and kind', ['Month'].concat(d.exerciseKinds.map((k) => k.title), ['Total']),
        d.months.map((m) => {
          if (m.exercisesStatus === 'hidden') { return [m.month].concat(d.exerciseKinds.map(() => 'hidden'), ['hidden']); }
          const counts = d.exerciseKinds.map((k) => m.exercisesByKind[k.id] || 0);
          return [m.month].concat(counts, [counts.reduce((a, b) => a + b, 0)]);
        })), exercisesNote(d), true);
    C.chart(box.canvas, 'bar', monthLabels, d.exerciseKinds.map((k, i) => ({
      label: k.title, data: d.months.map((m) => (m.exercisesStatus === 'hidden' ? null : m.exercisesByKind[k.id] || 0)), backgroundColor: palette[i % palette.length],
    })), { stacked: true, ticks: { precision: 0, color: C.css('--text') } });
    return card;
  }

  // status names the month's FigureStatus for these figures, when they come from people's own activity.
  function monthly(grid, d, monthLabels, id, title, series, status) {
    const hidden = (m) => status !== undefined && m[status] === 'hidden';
    const box = C.canvasBox(id, title + ' each month');
    grid.appendChild(C.section(id, title, box.box,
      C.table(id, title + ' by month', ['Month'].concat(series.map((s) => s[0])),
        d.months.map((m) => [m.month].concat(series.map((s) => (hidden(m) ? 'hidden' : m[s[1]] || 0))))), status === undefined ? null : exercisesNote(d)));
    C.chart(box.canvas, 'bar', monthLabels, series.map((s) => ({ label: s[0], data: d.months.map((m) => (hidden(m) ? null : m[s[1]] || 0)), backgroundColor: C.css(s[2]) })),
      { ticks: { precision: 0, color: C.css('--text') } });
    return grid.lastChild;
  }

  // Under the counts, each set of the range in a line: how far it got, and whether it was ended early (decision 080).
  function learningSets(card, d) {
    card.appendChild(C.element('h3', { text: 'Sets in this range' }));
    if (!d.learningSets.length) {
      card.appendChild(C.element('p', { class: 'note', text: 'No action-learning sets ran in this range.' }));
      return;
    }

    card.appendChild(C.element('ul', { id: 'learning-set-list' }, d.learningSets.map((s) =>
      C.element('li', { text: 'First round ' + day(s.firstRoundAt) + ': ' + setProgress(s) + '.' }))));
  }

  function setProgress(s) {
    if (s.status === 'ended') {
      return s.roundsHeld === 0 ? 'ended before its first round' : 'ended early after round ' + s.roundsHeld + ' of ' + s.rounds;
    }

    if (s.status === 'finished') { return 'all ' + s.rounds + ' rounds held'; }
    return s.roundsHeld === 0 ? 'not started yet, ' + s.rounds + ' rounds planned' : 'round ' + s.roundsHeld + ' of ' + s.rounds + ' so far';
  }

  function day(time) { return C.weekLabel(time) + ' ' + new Date(time).getUTCFullYear(); }

  function exercisesNote(d) {
    return 'Each month adds up its weeks in which at least ' + d.minimumAnswers + ' people finished exercises, once all its weeks are over; '
      + 'otherwise it is hidden (not zero).';
  }

  function youSaid(d) {
    const items = d.youSaid.map((r) => C.element('li', {}, [
      C.element('strong', { text: C.isoDay(r.sentAt) }),
      document.createTextNode(': answered ' + (r.themes.length ? r.themes.join(', ') : 'the team') + '; reached ' + r.recipients + ' people.'),
    ]));
    const list = d.youSaid.length ? C.element('ol', { class: 'timeline', 'aria-hidden': 'true' }, items)
      : C.element('p', { class: 'note', text: 'No "you said, we did" responses in this range yet. Type yousaid in your chat with OutcomesBot to send one.' });
    return C.section('you-said', 'You said, we did', list,
      C.table('you-said', '"You said, we did" responses', ['Sent', 'Themes answered', 'People reached'],
        d.youSaid.map((r) => [C.isoDay(r.sentAt), r.themes.join('; ') || '–', r.recipients])), null, true);
  }

  window.TabTeam = { render: render };
})();
