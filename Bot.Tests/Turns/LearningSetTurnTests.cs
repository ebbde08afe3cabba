using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.LearningSets;
using Quartz;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>Champions start sets; each round is a channel thread; only members answer; the summary goes to the thread.</summary>
public sealed class LearningSetTurnTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Dictionary<string, string> GoodSet(params string[] members) => new()
    {
        ["topic"] = "Conversations about risk",
        ["channel"] = StoryBot.Channel,
        ["members"] = string.Join(',', members),
        ["rhythm"] = "weekly",
        ["day"] = "Tuesday",
        ["time"] = "14:00",
        ["zone"] = "Europe/London",
        ["rounds"] = "3",
    };

    public static Dictionary<string, string> Answer(string setId, int round, string challenge) => new()
    {
        [LearningAnswerDraft.SetKey] = setId,
        [LearningAnswerDraft.RoundKey] = round.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["challenge"] = challenge,
        ["tried"] = "Asked what a good day looks like",
        ["helped"] = "Time to listen",
        ["next"] = "Try it at the next review",
        ["showName"] = "true",
    };

    /// <summary>Presses "Check my answer", then the preview's "Save my answer" (when the check let it through to a preview).</summary>
    public static async Task<System.Text.Json.JsonElement> AnswerAndSaveAsync(StoryBot bot, Dictionary<string, string> answer, string aad)
    {
        var preview = await bot.PressAsync(LearningSetVerbs.Answer, answer, aad, inChannel: true);
        return preview.ValueKind == System.Text.Json.JsonValueKind.Object && StoryBot.Text(preview).Contains("Preview:", StringComparison.Ordinal)
            ? await bot.PressAsync(LearningSetVerbs.SaveAnswer, StoryBot.DataOf(preview, "Save my answer"), aad, inChannel: true)
            : preview;
    }

    [Fact]
    public async Task A_champion_starts_a_set_from_the_channel_and_its_rounds_are_scheduled()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await bot.SayAsync("learning set", inChannel: true);
        var startCard = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null).Card!.Value;
        var started = await bot.PressAsync(LearningSetVerbs.Start, GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);

        Assert.Contains("Sam Baker", StoryBot.Text(startCard), StringComparison.Ordinal);
        Assert.Contains("The action-learning set is on", StoryBot.Text(started), StringComparison.Ordinal);
        var set = await OnlySetAsync(bot);
        Assert.Equal((7, 3, StoryBot.TeamId), (set.IntervalDays, set.Rounds, set.TeamId));
        Assert.Equal(DayOfWeek.Tuesday, TimeZoneInfo.ConvertTime(set.FirstRoundAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DayOfWeek);
        var trigger = Assert.Single(await (await bot.App.Get<ISchedulerFactory>().GetScheduler(Token)).GetTriggersOfJob(QuartzLearningSetSchedule.JobKey(set.SetId), Token));
        Assert.Equal(set.FirstRoundAt, trigger.NextFireTimeUtc);
    }

    [Fact]
    public async Task The_start_form_typed_for_in_a_channel_names_that_channel_only_not_the_champions_other_teams()
    {
        // Decision 058: the form was posted in the channel for everyone and listed every channel the champion may start a
        // set in, so the members of one team read the channel names of another, private, team. Since decision 066 it goes
        // to the 1:1 chat, and still names the channel it was asked for in only.
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var install = Samples.Fresh("installationUpdate-channel");
        install["conversation"]!["id"] = "team-b-id";
        install["channelData"]!["team"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "team-b-id", ["name"] = "Safeguarding Panel" };
        install["channelData"]!["channel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "team-b-id" };
        using (var response = await bot.App.PostActivityAsync(install))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        await bot.App.Get<ITeamStore>().SyncRosterAsync(
            "team-b-id",
            [new() { TeamId = "team-b-id", AadObjectId = StoryBot.AlexAad, TeamsUserId = "user-id-0", Name = "Alex Wilber", IsOwner = true, UpdatedAt = TimeProvider.System.GetUtcNow() }],
            Token);
        bot.App.Connector.Sent.Clear();

        await bot.SayAsync("learning set", inChannel: true);
        var fromChannel = Assert.Single(bot.App.Connector.Sent, s => s.Card is not null);
        var inChat = (await bot.PressAsync(LearningSetVerbs.Open, new Dictionary<string, string>())).GetRawText();

        Assert.Equal("personal-user-id-0", fromChannel.ConversationId);
        Assert.DoesNotContain("Safeguarding Panel", fromChannel.Card!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Sam Baker", fromChannel.CardText, StringComparison.Ordinal);
        Assert.Contains("Safeguarding Panel", inChat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_start_a_set_even_with_a_crafted_press()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        var card = await bot.PressAsync(LearningSetVerbs.Start, GoodSet(StoryBot.SamAad, StoryBot.AlexAad), StoryBot.RobinAad, inChannel: true);

        Assert.Contains("Champions and team leaders start action-learning sets", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Empty(await SetIdsAsync(bot));
    }

    [Theory]
    [InlineData("members", "00000000-0000-0000-0000-0000000000099,00000000-0000-0000-0000-0000000000021", "Please choose two or more members of the team.")]
    [InlineData("members", "m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,m13", "An action-learning set works best small: please choose up to 12 members.")]
    [InlineData("rounds", "40", "Please choose between 1 and 12 rounds.")]
    [InlineData("day", "Someday", "Please choose a day of the week.")]
    [InlineData("time", "25:99", "The time sent was not a time of day")]
    [InlineData("zone", "Mars/Olympus_Mons", "The time zone sent is not one I know")]
    public async Task Tampered_values_bring_the_card_back_with_the_problem_and_no_set(string key, string value, string problem)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        var values = GoodSet(StoryBot.SamAad, StoryBot.RobinAad);
        values[key] = value;

        var card = await bot.PressAsync(LearningSetVerbs.Start, values, inChannel: true);

        Assert.Contains(problem, StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Empty(await SetIdsAsync(bot));
    }

    [Fact]
    public async Task A_round_is_a_thread_only_members_answer_and_the_summary_goes_to_that_thread()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var set = await OnlySetAsync(bot);
        var runner = bot.App.Get<LearningRoundRunner>();

        await runner.RunAsync(set.SetId, set.FirstRoundAt, Token);
        await bot.DrainAsync();
        var prompt = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3", StringComparison.Ordinal));
        Assert.Equal(("send", StoryBot.Channel), (prompt.Operation, prompt.ConversationId));
        Assert.Contains(LearningRoundCards.NamesNote, prompt.CardText, StringComparison.Ordinal);

        var sam = await AnswerAndSaveAsync(bot, Answer(set.SetId, 1, "First try"), StoryBot.SamAad);
        sam = await AnswerAndSaveAsync(bot, Answer(set.SetId, 1, "A family who disagree about risk"), StoryBot.SamAad);
        var robin = await AnswerAndSaveAsync(bot, Answer(set.SetId, 1, "Robin's own challenge"), StoryBot.RobinAad);
        var outsider = await AnswerAndSaveAsync(bot, Answer(set.SetId, 1, "Not in the set"), StoryBot.AlexAad);
        Assert.Contains("Saved.", StoryBot.Text(sam), StringComparison.Ordinal);
        Assert.DoesNotContain("Robin's own challenge", StoryBot.Text(sam), StringComparison.Ordinal);
        Assert.DoesNotContain("A family who disagree", StoryBot.Text(robin), StringComparison.Ordinal);
        Assert.Equal("Only the members of this action-learning set can answer its rounds. Ask your champion if you'd like to join the next set.", outsider.GetString());

        await runner.RunAsync(set.SetId, set.RoundAt(2), Token);
        await bot.DrainAsync();
        var late = await AnswerAndSaveAsync(bot, Answer(set.SetId, 1, "Too late"), StoryBot.SamAad);

        var summary = Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 1 of 3: what the set shared", StringComparison.Ordinal));
        var root = await bot.App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(LearningRoundRunner.CycleOf(set.SetId, 1), StoryBot.Channel, LearningRoundRunner.PromptKind), Token);
        Assert.Equal($"{StoryBot.Channel};messageid={root!.SentActivityId}", summary.ConversationId);
        Assert.Contains("Sam Baker", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("A family who disagree about risk", summary.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("First try", summary.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Not in the set", summary.CardText, StringComparison.Ordinal);
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains("Round 2 of 3", StringComparison.Ordinal) && s.ConversationId == StoryBot.Channel);
        Assert.Equal(LearningSetDialog.RoundClosed, late.GetString());
        Assert.Equal(2, (await bot.App.Get<ILearningSetStore>().ListAnswersAsync(set.SetId, 1, Token)).Count);
    }

    internal static async Task<IReadOnlyList<string>> SetIdsAsync(StoryBot bot)
    {
        var scheduler = await bot.App.Get<ISchedulerFactory>().GetScheduler(Token);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("learning-sets"), Token);
        return keys.Select(k => k.Name["learning-set-".Length..]).ToList();
    }

    internal static async Task<LearningSet> OnlySetAsync(StoryBot bot)
    {
        var id = Assert.Single(await SetIdsAsync(bot));
        return (await bot.App.Get<ILearningSetStore>().GetAsync(id, Token))!;
    }
}
