using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Stories;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>The digest shares the period's stories of leaders and champions in the channel, or asks champions for one; once per period.</summary>
[Slow]
public sealed class StoryDigestTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_digest_with_stories_posts_them_to_the_team_channel_once()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        var store = bot.App.Get<IStoryStore>();
        await store.TryAddAsync(Story("a", StoryBot.AlexAad, "Back to the allotment", end.AddDays(-2)), Token);
        await store.TryAddAsync(Story("b", StoryBot.RobinAad, "Posted by someone who is now staff", end.AddDays(-1)), Token);
        await store.TryAddAsync(Story("c", StoryBot.SamAad, "Too old for this digest", end.AddDays(-9)), Token);
        var runner = bot.App.Get<StoryDigestRunner>();

        Assert.Equal(1, await runner.RunAsync(StoryBot.TeamId, end, Token));
        Assert.Equal(0, await runner.RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        var digest = Assert.Single(bot.App.Connector.Sent);
        Assert.Equal(StoryBot.Channel, digest.ConversationId);
        Assert.Contains("Back to the allotment", digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("someone who is now staff", digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Too old", digest.CardText, StringComparison.Ordinal);
        await CardValidation.AssertValidAsync("digest", [digest.Card!.Value]);
    }

    [Fact]
    public async Task A_digest_without_stories_asks_the_champions_in_their_1to1_chat()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion);
        var end = TimeProvider.System.GetUtcNow();
        var runner = bot.App.Get<StoryDigestRunner>();

        Assert.Equal(2, await runner.RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        // Alex has a 1:1 chat with the bot; Sam never opened one, so the ask to Sam fails (NoConversation) and is not retried.
        var ask = Assert.Single(bot.App.Connector.Sent);
        Assert.NotEqual(StoryBot.Channel, ask.ConversationId);
        Assert.Contains("Have you seen a difference made this week?", ask.CardText, StringComparison.Ordinal);
        await CardValidation.AssertValidAsync("digest-ask", [ask.Card!.Value]);
        Assert.Equal(0, await runner.RunAsync(StoryBot.TeamId, end, Token));
    }

    [Fact]
    public async Task A_leader_sets_the_digest_day_and_time_or_switches_it_off_and_staff_cannot()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);

        await bot.SayAsync("digest friday 15:30", StoryBot.RobinAad, inChannel: true);
        Assert.Null(await scheduler.GetJobDetail(StoryDigestJob.JobKey(StoryBot.TeamId), Token));
        await bot.SayAsync("digest friday 15:30", StoryBot.AlexAad, inChannel: true);
        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(StoryDigestJob.JobKey(StoryBot.TeamId), Token));
        var next = TimeZoneInfo.ConvertTime(trigger.NextFireTimeUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        await bot.SayAsync("digest off", StoryBot.AlexAad, inChannel: true);

        Assert.Equal((DayOfWeek.Friday, 15, 30), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.Null(await scheduler.GetJobDetail(StoryDigestJob.JobKey(StoryBot.TeamId), Token));
        var texts = bot.App.Connector.Sent.Select(s => s.Activity.Text ?? "").ToList();
        Assert.Contains(texts, t => t.StartsWith("The story digest is set by the team's leaders", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("The weekly story digest is off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_digest_answers_in_the_channel_say_to_mention_the_bot_before_the_command()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);

        await bot.SayAsync("digest friday 15:30", StoryBot.AlexAad, inChannel: true);
        await bot.SayAsync("digest off", StoryBot.AlexAad, inChannel: true);
        await bot.SayAsync("digest someday", StoryBot.AlexAad, inChannel: true);

        Assert.Equal(
        [
            "The story digest will come every Friday at 15:30 (Europe / London time). @mention me (@OutcomesBot) and type **digest off** to stop it.",
            "The weekly story digest is off for this team. @mention me (@OutcomesBot) and type **digest** to turn it on again.",
            "@mention me (@OutcomesBot) and type **digest** (weekly, Monday 09:00), **digest friday 15:30**, or **digest off**.",
        ], bot.App.Connector.Sent.Select(s => s.Activity.Text));
    }

    [Fact]
    public async Task The_digest_time_is_read_in_the_teams_rhythm_time_zone_when_the_team_has_one()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);
        var rhythm = new CheckInSchedule(StoryBot.TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(10, 0), "America/New_York");
        await bot.App.Get<ITeamRhythmStore>().SaveAsync(rhythm, StoryBot.AlexAad, TimeProvider.System.GetUtcNow(), Token);
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);

        await bot.SayAsync("digest friday 15:30", StoryBot.AlexAad, inChannel: true);

        var trigger = Assert.Single(await scheduler.GetTriggersOfJob(StoryDigestJob.JobKey(StoryBot.TeamId), Token));
        var next = TimeZoneInfo.ConvertTime(trigger.NextFireTimeUtc!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal((DayOfWeek.Friday, 15, 30), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.Contains(bot.App.Connector.Sent, s => (s.Activity.Text ?? "").Contains("at 15:30 (America / New York time)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_digest_card_a_take_down_leaves_when_no_story_is_left_is_valid()
    {
        var card = CardJson.ToElement(DigestCards.TakenDown());

        Assert.Contains(DigestCards.TakenDownText, string.Join('\n', CardTexts.Of(card)), StringComparison.Ordinal);
        await CardValidation.AssertValidAsync("digest-taken-down", [card]);
    }

    // Decisions 079 and 084: the cards a champion's own stop of the ask shows.
    [Fact]
    public async Task The_cards_of_a_champions_stop_of_the_ask_are_valid()
    {
        await CardValidation.AssertValidAsync("digest-ask-stop",
        [
            DigestCards.AskStopped(StoryBot.TeamId, "My Team"), DigestCards.AskStopRefused(), DigestCards.AskedAgain(["My Team", "Other Team"]), DigestCards.AskedAgain([]),
            DigestCards.AskStopped(StoryBot.TeamId, "My Team", championsOtherTeams: true), DigestCards.AskStoppedInAll(["My Team", "Other Team", null]),
        ]);
    }

    private static Story Story(string id, string author, string title, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel,
        AuthorAadObjectId = author, AuthorName = StoryBot.NameOf(author), Title = title, Mattered = "m", Changed = "c", Helped = "h",
        OutcomeKinds = ["change"], PostedAt = at,
    };
}
