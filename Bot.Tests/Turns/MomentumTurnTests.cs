using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Momentum;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The leader commands through the real host: who gets the momentum card, where, and what is registered.</summary>
public sealed class MomentumTurnTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(true, "Team momentum: Riverside Reablement")]
    [InlineData(false, "For team leaders")]
    public async Task Typing_momentum_gives_leaders_the_card_and_staff_a_kind_refusal(bool owner, string expected)
    {
        await AddTeamAsync(owner);
        var message = Samples.Fresh("message-personal");
        message["text"] = "momentum";

        using var response = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, Assert.Single(_app.Connector.Sent).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_welcome_card_s_Team_momentum_button_opens_the_card_for_a_leader()
    {
        await AddTeamAsync(owner: true);
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = "momentum.open";
        invoke["value"]!["action"]!["data"] = new JsonObject();

        using var response = await _app.PostActivityAsync(invoke);

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        Assert.Contains("Week by week", string.Join('\n', CardTexts.Of(body.GetProperty("value"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_yousaid_in_a_channel_points_to_the_1_1_chat_when_Teams_will_not_open_it()
    {
        await AddTeamAsync(owner: true);
        _app.Connector.RefuseCreateConversation = true;
        var message = Samples.Fresh("message-channel");
        message["text"] = "<at>Test Bot</at> yousaid";

        await _app.PostActivityAsync(message);

        var sent = Assert.Single(_app.Connector.Sent);
        Assert.Contains("1:1 chat", sent.Activity.Text, StringComparison.Ordinal);
        Assert.Null(sent.Card);
    }

    [Fact]
    public async Task The_responses_are_a_personal_data_source_and_the_weekly_job_is_scheduled_for_Monday_UTC()
    {
        Assert.Contains(_app.Services.GetServices<IPersonalDataSource>(), source => source.Name == "youSaidResponses");
        var scheduler = await _app.Get<ISchedulerFactory>().GetScheduler(Token);

        var triggers = await scheduler.GetTriggersOfJob(MomentumSnapshotJob.Key, Token);

        var next = Assert.Single(triggers).NextFireTimeUtc;
        Assert.NotNull(next);
        Assert.Equal((DayOfWeek.Monday, 2, 0), (next.Value.DayOfWeek, next.Value.Hour, next.Value.Minute));
    }

    private Task AddTeamAsync(bool owner) => _app.AddSampleSenderTeamAsync("team-r", "Riverside Reablement", owner);
}
