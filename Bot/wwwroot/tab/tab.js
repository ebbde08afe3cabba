// The leaders' tab: connects to Teams (context, theme, SSO token), asks the bot's API what the person may see, and
// shows the team view to the team's leaders, the list of teams they lead in the personal tab, and everyone their own history.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = { host: null, range: '12w', teamId: null, view: 'team' };

  // Outside Teams: a host a browser test injects, or (local mode only; the server refuses it elsewhere) the development sign-in.
  async function connect() {
    if (window.outcomesbotTestHost) { return window.outcomesbotTestHost; }
    const params = new URLSearchParams(location.search);
    try {
      await Promise.race([microsoftTeams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('not in Teams')), 4000))]);
      const context = await microsoftTeams.app.getContext();
      return {
        teamId: context.team ? context.team.internalId : null,
        theme: context.app.theme,
        onThemeChange: (handler) => microsoftTeams.app.registerOnThemeChangeHandler(handler),
        authorization: async () => 'Bearer ' + await microsoftTeams.authentication.getAuthToken(),
      };
    } catch (error) {
      if (!params.get('devUser')) { return null; }
      return { teamId: params.get('teamId'), theme: params.get('theme') || 'default', authorization: async () => 'Development ' + params.get('devUser') };
    }
  }

  function applyTheme(theme) {
    document.body.classList.remove('theme-default', 'theme-dark', 'theme-contrast');
    document.body.classList.add('theme-' + (theme === 'dark' || theme === 'contrast' ? theme : 'default'));
  }

  async function api(path) {
    const response = await fetch('/tab/api' + path, { headers: { Authorization: await state.host.authorization() } });
    return response;
  }

  function say(text) { $('status').textContent = text; $('status').hidden = false; }

  async function showTeam() {
    say('Loading the team\'s figures…');
    const response = await api('/team/dashboard?teamId=' + encodeURIComponent(state.teamId) + '&range=' + state.range);
    if (response.status === 403) { return showHistory('The team view is for the team\'s leaders. Here is your own history.'); }
    if (!response.ok) { return say('Sorry, the figures could not be loaded (' + response.status + '). Try again later.'); }
    const dashboard = await response.json();
    state.last = dashboard;
    $('title').textContent = 'Team momentum: ' + dashboard.teamName;
    // The week under way is never shown: the last week is the one before dashboard.to (weeks are Monday to Sunday, UTC).
    const lastWeek = Date.parse(dashboard.to) - 7 * 86400000;
    $('subtitle').textContent = 'Weeks of ' + window.TabCharts.dayRange(dashboard.from, lastWeek) + ', finished weeks only. Team totals; a week with fewer than '
      + dashboard.minimumAnswers + ' answers is hidden, and a month shows once all its weeks are over.';
    $('controls').hidden = false;
    $('download-csv').hidden = false;
    $('history').hidden = true;
    $('dashboard').hidden = false;
    window.TabTeam.render($('dashboard'), dashboard);
    say('Showing ' + dashboard.teamName + ', ' + label(state.range) + '.');
    document.body.dataset.rendered = 'team';
  }

  async function showHistory(message) {
    const response = await api('/me/history?range=' + state.range);
    if (!response.ok) { return say('Sorry, your history could not be loaded (' + response.status + ').'); }
    const history = await response.json();
    $('title').textContent = 'My history';
    $('subtitle').textContent = 'Your own check-ins and exercises, ' + label(state.range) + '.';
    $('controls').hidden = false;
    $('download-csv').hidden = true;
    $('dashboard').hidden = true;
    $('history').hidden = false;
    window.TabHistory.render($('history'), history);
    say(message || 'Showing your own history.');
    document.body.dataset.rendered = 'history';
  }

  async function showPersonal() {
    const response = await api('/me');
    if (!response.ok) { return say('Sorry, you could not be signed in (' + response.status + ').'); }
    const me = await response.json();
    const nav = $('teams');
    nav.replaceChildren();
    me.leads.forEach((team) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = team.name;
      button.addEventListener('click', () => { state.teamId = team.teamId; markCurrent(button); showTeam(); });
      nav.appendChild(button);
    });
    const mine = document.createElement('button');
    mine.type = 'button';
    mine.textContent = 'My history';
    mine.addEventListener('click', () => { state.teamId = null; markCurrent(mine); showHistory(); });
    nav.appendChild(mine);
    nav.hidden = false;
    if (me.leads.length === 0) { markCurrent(mine); return showHistory(); }
    state.teamId = me.leads[0].teamId;
    markCurrent(nav.firstChild);
    return showTeam();
  }

  function markCurrent(button) { $('teams').querySelectorAll('button').forEach((b) => b.setAttribute('aria-current', String(b === button))); }

  function label(range) { return { '12w': 'the last 12 weeks', '6m': 'the last 6 months', '12m': 'the last 12 months' }[range]; }

  function refresh() { return state.teamId ? showTeam() : showHistory(); }

  async function downloadCsv() {
    const response = await api('/team/export.csv?teamId=' + encodeURIComponent(state.teamId) + '&range=' + state.range);
    if (!response.ok) { return say('Sorry, the CSV could not be made (' + response.status + ').'); }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = 'team-momentum-' + state.range + '.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return say('The CSV has been downloaded.');
  }

  async function start() {
    const params = new URLSearchParams(location.search);
    state.view = params.get('view') === 'personal' ? 'personal' : 'team';
    state.host = await connect();
    if (!state.host) { return say('Open this tab in Microsoft Teams: it signs you in with your Teams account.'); }
    applyTheme(state.host.theme);
    if (state.host.onThemeChange) { state.host.onThemeChange((theme) => { applyTheme(theme); refresh(); }); }
    document.querySelectorAll('input[name="range"]').forEach((input) => input.addEventListener('change', () => { state.range = input.value; refresh(); }));
    $('show-tables').addEventListener('change', (event) => document.body.classList.toggle('tables-shown', event.target.checked));
    $('download-csv').addEventListener('click', downloadCsv);
    $('print').addEventListener('click', () => window.print());
    if (state.view === 'personal' || !state.host.teamId) { return showPersonal(); }
    state.teamId = state.host.teamId;
    return showTeam();
  }

  start().catch(() => say('Sorry, something went wrong loading this tab. Try again later.'));
})();
