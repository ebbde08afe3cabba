// The configurable tab's settings page: nothing to choose; saving points the tab at the team view, and the team comes
// from the Teams context when the tab opens (never from the URL).
(async function () {
  'use strict';
  const status = document.getElementById('config-status');
  try {
    await microsoftTeams.app.initialize();
    const context = await microsoftTeams.app.getContext();
    document.body.className = 'theme-' + themeName(context.app.theme);
    microsoftTeams.pages.config.registerOnSaveHandler(async (save) => {
      await microsoftTeams.pages.config.setConfig({
        entityId: 'outcomesbot-team-momentum',
        contentUrl: location.origin + '/tab/index.html?view=team',
        websiteUrl: location.origin + '/tab/index.html?view=team',
        suggestedDisplayName: 'Team momentum',
      });
      save.notifySuccess();
    });
    microsoftTeams.pages.config.setValidityState(true);
  } catch (error) {
    status.textContent = 'Open this page from Teams to add the tab.';
  }

  function themeName(theme) {
    return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default';
  }
})();
