using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 080, through the real host on SQLite: <c>learning set end</c> in the 1:1 chat lists the running sets the
/// person may end, each leading to the same confirmation and checks as the set card's "End this set". Before it, the
/// command was unknown, and a set whose card had scrolled away could not be found to end.
/// </summary>
public sealed class LearningSetEndCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_champion_gets_the_sets_they_started_and_a_leader_every_running_set_of_the_team_and_a_press_ends_it()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion, sam: TeamRole.Leader);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var alexs = await LearningSetEndTests.StartRoundOneAsync(bot);
        var samsForm = LearningSetTurnTests.GoodSet(StoryBot.AlexAad, StoryBot.RobinAad);
        samsForm["topic"] = "Hospital discharge";
        await bot.PressAsync(LearningSetVerbs.Start, samsForm, StoryBot.SamAad, inChannel: true);

        var alexList = await ListAsync(bot, StoryBot.AlexAad);
        var samList = await ListAsync(bot, StoryBot.SamAad);

        Assert.Equal([alexs.SetId], EndButtons(alexList));
        Assert.Contains("Conversations about risk\nMy Team, round 1 of 3", StoryBot.Text(alexList), StringComparison.Ordinal);
        Assert.DoesNotContain("Hospital discharge", StoryBot.Text(alexList), StringComparison.Ordinal);
        Assert.Equal(2, EndButtons(samList).Count);
        Assert.Contains("Hospital discharge\nMy Team, not started, 3 rounds", StoryBot.Text(samList), StringComparison.Ordinal);
        Assert.Contains(LearningSetEndCards.OpenRoundText, StoryBot.Text(alexList), StringComparison.Ordinal);

        var ended = await bot.PressAsync(LearningSetVerbs.End, new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = EndButtons(alexList)[0] });

        Assert.StartsWith("You ended \"Conversations about risk\" after round 1.", StoryBot.Text(ended), StringComparison.Ordinal);
        Assert.NotNull((await bot.App.Get<ILearningSetStore>().GetAsync(alexs.SetId, Token))!.EndedAt);
        Assert.Equal(LearningSetEndCards.NoneRunning, StoryBot.Text(await ListAsync(bot, StoryBot.AlexAad)));
        Assert.Single(EndButtons(await ListAsync(bot, StoryBot.SamAad)));
    }

    [Theory]
    [InlineData("learning set end")]
    [InlineData("end learning set")]
    public async Task With_no_set_running_the_answer_says_so_in_plain_words(string typed)
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);

        await bot.SayAsync(typed);

        Assert.Equal(LearningSetEndCards.NoneRunning, Assert.Single(bot.App.Connector.Sent).CardText);
    }

    [Fact]
    public async Task A_champion_who_is_no_longer_one_gets_nothing_to_end_and_the_listed_button_is_refused()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Champion);
        await bot.PressAsync(LearningSetVerbs.Start, LearningSetTurnTests.GoodSet(StoryBot.SamAad, StoryBot.RobinAad), inChannel: true);
        var listed = EndButtons(await ListAsync(bot, StoryBot.AlexAad));
        await bot.App.Get<ITeamStore>().SetChampionAsync(StoryBot.TeamId, StoryBot.AlexAad, false, TimeProvider.System.GetUtcNow(), Token);

        var refused = await bot.PressAsync(LearningSetVerbs.End, new Dictionary<string, string> { [LearningAnswerDraft.SetKey] = Assert.Single(listed) });

        Assert.Equal(LearningSetEndCards.NotAllowed, StoryBot.Text(refused));
        Assert.Null((await LearningSetTurnTests.OnlySetAsync(bot)).EndedAt);
        Assert.Equal(LearningSetEndCards.NoneRunning, StoryBot.Text(await ListAsync(bot, StoryBot.AlexAad)));
    }

    /// <summary>Types the command in the person's 1:1 chat; returns the one card it answers with.</summary>
    private static async Task<JsonElement> ListAsync(StoryBot bot, string aad)
    {
        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("learning set end", aad);
        return Assert.Single(bot.App.Connector.Sent).Card!.Value;
    }

    /// <summary>The set ids the card's "Yes, end the set" buttons carry, in order.</summary>
    private static List<string> EndButtons(JsonElement card) =>
        [.. Buttons(card).Where(b => b.GetProperty("verb").GetString() == LearningSetVerbs.End).Select(b => b.GetProperty("data").GetProperty(LearningAnswerDraft.SetKey).GetString()!)];

    private static IEnumerable<JsonElement> Buttons(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Buttons(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Buttons),
        _ => [],
    };
}
