using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Stories;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A posted story is taken down by its author (or a leader of its team) from the confirmation card or from
/// <c>my stories</c>: the channel message is deleted, a post still waiting is cancelled, anyone else is refused.
/// </summary>
public sealed class StoryTakeDownTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_author_takes_a_posted_story_down_from_the_confirmation_card_and_the_channel_message_is_deleted()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var (storyId, sent) = await PostAsync(bot);
        await bot.DrainAsync();
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel && s.Operation == "send");
        var activityId = (await OutboxRowAsync(bot, storyId))!.SentActivityId;

        var result = await bot.PressAsync(StoryVerbs.TakeDown, StoryBot.DataOf(sent, "Take it down"));

        Assert.Contains("has been removed from the channel", StoryBot.Text(result), StringComparison.Ordinal);
        var deleted = Assert.Single(bot.App.Connector.Sent, s => s.Operation == "delete");
        Assert.Equal(activityId, deleted.TargetId);
        Assert.Equal($"{StoryBot.Channel};messageid={activityId}", deleted.ConversationId);
        Assert.NotNull(posted);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
        var celebrate = await bot.PressAsync(StoryVerbs.Celebrate, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }, StoryBot.SamAad, inChannel: true);
        Assert.Contains(StoryActions.StoryGone, celebrate.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_taken_down_before_it_was_sent_is_never_posted()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        var (storyId, sent) = await PostAsync(bot);

        var result = await bot.PressAsync(StoryVerbs.TakeDown, StoryBot.DataOf(sent, "Take it down"));
        await bot.DrainAsync();

        Assert.Contains("had not been posted yet, and now it won't be", StoryBot.Text(result), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Equal((OutboxStatus.Skipped, "Withdrawn"), ((await OutboxRowAsync(bot, storyId))!.Status, (await OutboxRowAsync(bot, storyId))!.LastErrorCode));
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Theory]
    [InlineData(StoryBot.RobinAad, false)]
    [InlineData(StoryBot.RobinAad, true)]
    public async Task Someone_else_pressing_take_it_down_with_the_story_id_is_refused_and_the_story_stays(string who, bool inChannel)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Champion);
        var (storyId, _) = await PostAsync(bot);
        await bot.DrainAsync();

        var result = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }, who, inChannel);
        var champion = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }, StoryBot.SamAad);

        // In a channel the refusal is the one personal-only answer, as a toast.
        var refused = inChannel ? PersonalChatHandoff.OpenChatYourself("stories") : StoryTakeDownCards.NotAllowedText;
        Assert.Contains(refused, result.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(StoryTakeDownCards.NotAllowedText, champion.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.Operation is "delete" or "update");
        Assert.NotNull(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Fact]
    public async Task A_leader_of_the_team_may_take_down_a_champions_story()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Leader);
        var (storyId, _) = await PostAsync(bot);
        await bot.DrainAsync();

        var result = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId }, StoryBot.SamAad);

        Assert.Contains("has been removed from the channel", StoryBot.Text(result), StringComparison.Ordinal);
        Assert.Single(bot.App.Connector.Sent, s => s.Operation == "delete");
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-story")]
    [InlineData("story|x/../#?1")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task An_unknown_or_tampered_story_id_is_answered_plainly(string storyId)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader);

        var result = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId });

        Assert.Contains(StoryTakeDownCards.GoneText, result.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_stories_lists_the_authors_story_with_a_take_it_down_button_and_not_after_it_was_taken_down()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var (storyId, _) = await PostAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("my stories");
        var listed = Assert.Single(bot.App.Connector.Sent);
        await bot.SayAsync("my stories", StoryBot.RobinAad);
        var robins = bot.App.Connector.Sent.Last();

        Assert.Contains("Back to the allotment", listed.CardText, StringComparison.Ordinal);
        var button = CardJsonButtons.Find(listed.Card!.Value, "Take it down");
        Assert.Equal(storyId, (string?)button["data"]![StoryDraft.StoryIdKey]);
        Assert.DoesNotContain("Back to the allotment", robins.CardText, StringComparison.Ordinal);

        await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = storyId });
        await bot.SayAsync("my stories");
        Assert.DoesNotContain("Back to the allotment", bot.App.Connector.Sent.Last().CardText, StringComparison.Ordinal);
    }

    // Decision 106: a row of `my stories` asks first, so one tap in a list on a phone takes nothing down.
    [Fact]
    public async Task Take_it_down_on_my_stories_asks_first_keep_it_changes_nothing_and_yes_takes_it_down()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var (storyId, _) = await PostAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("my stories");
        var listed = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        var row = CardJsonButtons.Find(listed, "Take it down");

        var asked = await bot.PressAsync((string)row["verb"]!, StoryBot.DataOf(listed, "Take it down"));
        Assert.Contains("Take down \"Back to the allotment\"?", StoryBot.Text(asked), StringComparison.Ordinal);
        Assert.Null((await bot.App.Get<IStoryStore>().GetAsync(storyId, Token))!.TakenDownAt);

        var kept = await bot.PressAsync(StoryVerbs.KeepUp, StoryBot.DataOf(asked, StoryTakeDownCards.KeepButton));
        Assert.Contains("Back to the allotment", StoryBot.Text(kept), StringComparison.Ordinal);
        Assert.Contains("Your stories", StoryBot.Text(kept), StringComparison.Ordinal);
        Assert.Null((await bot.App.Get<IStoryStore>().GetAsync(storyId, Token))!.TakenDownAt);

        var yes = await bot.PressAsync(StoryVerbs.TakeDown, StoryBot.DataOf(asked, StoryTakeDownCards.YesButton));
        Assert.Contains("has been removed from the channel", StoryBot.Text(yes), StringComparison.Ordinal);
    }

    // The question names the story: it is asked only of someone who may take that story down.
    [Theory]
    [InlineData(StoryBot.RobinAad, StoryTakeDownCards.NotAllowedText)]
    [InlineData(StoryBot.AlexAad, StoryTakeDownCards.GoneText)]
    public async Task The_question_before_a_take_down_names_no_story_the_presser_may_not_take_down(string who, string answer)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var (storyId, _) = await PostAsync(bot);
        var id = who == StoryBot.AlexAad ? "no-such-story" : storyId;

        var asked = await bot.PressAsync(StoryVerbs.TakeDownAsk, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = id }, who);

        Assert.Contains(answer, StoryBot.Text(asked), StringComparison.Ordinal);
        Assert.DoesNotContain("Back to the allotment", StoryBot.Text(asked), StringComparison.Ordinal);
    }

    [Fact]
    public async Task My_stories_dates_each_story_in_the_persons_own_time_zone()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var lateEvening = new DateTimeOffset(2026, 6, 14, 23, 30, 0, TimeSpan.Zero); // 00:30 on 15 June in London
        await bot.App.Get<IStoryStore>().TryAddAsync(
            new Story
            {
                StoryId = "story-late", TeamId = StoryBot.TeamId, TenantId = "tenant-1", ChannelId = StoryBot.Channel, AuthorAadObjectId = StoryBot.AlexAad,
                AuthorName = "Alex Wilber", Title = "A summer story", Mattered = "m", Changed = "c", Helped = "h", OutcomeKinds = ["change"], PostedAt = lateEvening,
            },
            Token);
        // Teams tells the bot the person's zone with each message; the story was posted at 00:30 on 15 June there.
        await bot.SayAsync("my stories", localTimezone: "Europe/London");

        var listed = Assert.Single(bot.App.Connector.Sent).CardText;
        Assert.Contains("Posted 15 June 2026 by Alex Wilber", listed, StringComparison.Ordinal);
    }

    private static async Task<(string StoryId, System.Text.Json.JsonElement Sent)> PostAsync(StoryBot bot)
    {
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory());
        var post = StoryBot.DataOf(preview, "Post");
        var sent = await bot.PressAsync(StoryVerbs.Post, post);
        return (post[StoryDraft.StoryIdKey], sent);
    }

    private static Task<OutboxMessage?> OutboxRowAsync(StoryBot bot, string storyId) =>
        bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(OutboxStoryPublisher.CycleOf(storyId), StoryBot.Channel, OutboxStoryPublisher.Kind), Token);
}
