using System.Net;
using OutcomesBot.Dialogs.Momentum.LeaderTab;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>No answer of the tab's API, for any range and either role, holds a person's name, id or anything anyone wrote.</summary>
public sealed class TabPrivacyTests(TabHostFixture host) : IClassFixture<TabHostFixture>
{
    [Fact]
    public async Task No_response_for_any_range_holds_a_name_an_id_or_free_text()
    {
        var forbidden = TabSeed.Identifiers().Append(TabSeed.Secret).Append("ignored by the API").ToList();
        var checkedResponses = 0;
        foreach (var who in new[] { TabSeed.LeaderAad, TabSeed.StaffAad(1) })
        {
            var token = host.Token(who);
            var paths = TabRange.All.SelectMany(r => new[] { TabHostFixture.DashboardPath(r.Key), TabHostFixture.CsvPath(r.Key), $"/tab/api/me/history?range={r.Key}" }).Append("/tab/api/me");
            foreach (var path in paths)
            {
                using var response = await host.GetAsync(path, token);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
                foreach (var text in forbidden)
                {
                    Assert.False(body.Contains(text, StringComparison.OrdinalIgnoreCase), $"{path} as {who} holds \"{text}\"");
                }

                checkedResponses += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            }
        }

        // The leader's 3 ranges x 3 paths + /me, and the staff member's 3 histories + /me, answered with data.
        Assert.Equal(14, checkedResponses);
    }
}
