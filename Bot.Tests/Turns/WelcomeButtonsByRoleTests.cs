using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The welcome card carries the buttons of the reader's role: staff never see "Team momentum".</summary>
public sealed class WelcomeButtonsByRoleTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(false, false, false)]
    [InlineData(true, true, true)]
    public async Task The_personal_welcome_shows_team_buttons_only_to_those_who_can_use_them(bool? owner, bool momentum, bool story)
    {
        if (owner is { } isOwner)
        {
            await _app.AddSampleSenderTeamAsync("team-r", "Riverside Reablement", isOwner);
        }

        var verbs = CardTexts.Verbs((await SayAsync("message-personal", "hello")).Card!.Value);

        Assert.Contains(WelcomeVerbs.OpenCheckIn, verbs);
        Assert.Equal(momentum, verbs.Contains(WelcomeVerbs.OpenMomentum));
        Assert.Equal(story, verbs.Contains(WelcomeVerbs.OpenStories));
    }

    [Fact]
    public async Task A_welcome_in_a_channel_carries_everyone_s_buttons_even_when_a_leader_asks()
    {
        await _app.AddSampleSenderTeamAsync("team-id", "Riverside Reablement", owner: true);

        var verbs = CardTexts.Verbs((await SayAsync("message-channel", "<at>Test Bot</at> hello")).Card!.Value);

        Assert.Contains(WelcomeVerbs.OpenCheckIn, verbs);
        Assert.DoesNotContain(WelcomeVerbs.OpenMomentum, verbs);
    }

    private async Task<SentActivity> SayAsync(string sample, string text)
    {
        var message = Samples.Fresh(sample);
        message["text"] = text;
        await _app.PostActivityAsync(message);
        return Assert.Single(_app.Connector.Sent);
    }
}
