using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A team too large to list on a phone (decision 064), through the real host on SQLite: the support picker and the
/// entry-share picker list the leaders and champions and ask for anyone else's name; a typed name that matches one
/// person (case and accents aside) goes to them, none or several bring the card back with the problem and everything
/// typed, and nothing is sent or stored until one person is found.
/// </summary>
public sealed class LargeTeamPickerTests
{
    internal const string Zoe = "aad-zoe";
    internal const string ChrisEvans = "aad-chris-e";
    internal const string ChrisDoyle = "aad-chris-d";
    internal const string About = "Planning a hard review with a family";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_support_picker_of_a_large_team_lists_leaders_and_champions_and_asks_for_anyone_elses_name()
    {
        await using var bot = await LargeTeamAsync(60);
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Choose, Cycle(cycle), StoryBot.RobinAad);

        var text = StoryBot.Text(card);
        Assert.Contains("Alex Wilber (team leader)", text, StringComparison.Ordinal);
        Assert.Contains("Sam Baker (champion)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Colleague 001", text, StringComparison.Ordinal);
        Assert.Equal("Someone else? Type their name", LabelOf(card, SupportVerbs.NameKey));
    }

    [Fact]
    public async Task A_support_request_to_a_typed_name_that_matches_one_person_goes_to_them_and_a_forged_person_is_still_refused()
    {
        await using var bot = await LargeTeamAsync(60);
        await bot.App.Get<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = "other-team", AadObjectId = "aad-outsider", TeamsUserId = "29:outsider", Name = "Zoë Martin" }, Token);
        var cycle = await SupportAnswerOfRobinAsync(bot);
        var forged = Cycle(cycle, name: "zoe MARTIN");
        forged[SupportVerbs.ToKey] = "aad-outsider";

        var refused = await bot.PressAsync(SupportVerbs.Ask, forged, StoryBot.RobinAad);
        await AssertNothingSentAsync(bot);
        var sent = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "zoe MARTIN"), StoryBot.RobinAad);

        Assert.Contains("Please pick someone from the list", StoryBot.Text(refused), StringComparison.Ordinal);
        Assert.Contains("I have sent it to Zoë Martin", StoryBot.Text(sent), StringComparison.Ordinal);
        var request = Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(Zoe, Token));
        Assert.Equal(About, request.Request.About);
    }

    [Fact]
    public async Task A_support_request_to_a_name_nobody_has_comes_back_saying_so_with_everything_typed_and_sends_nothing()
    {
        await using var bot = await LargeTeamAsync(60);
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "Nobody Here"), StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Nobody Here'", StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal("Nobody Here", InputValue(card, SupportVerbs.NameKey));
        Assert.Equal(About, InputValue(card, SupportVerbs.AboutKey));
        await AssertNothingSentAsync(bot);
    }

    [Fact]
    public async Task A_support_request_to_a_name_several_people_have_lists_them_to_pick_one_keeping_everything_typed()
    {
        await using var bot = await LargeTeamAsync(60);
        var cycle = await SupportAnswerOfRobinAsync(bot);

        var card = await bot.PressAsync(SupportVerbs.Ask, Cycle(cycle, name: "chris"), StoryBot.RobinAad);
        await AssertNothingSentAsync(bot);
        var picked = Cycle(cycle, name: "chris");
        picked[SupportVerbs.ToKey] = ChrisDoyle;
        var sent = await bot.PressAsync(SupportVerbs.Ask, picked, StoryBot.RobinAad);

        var text = StoryBot.Text(card);
        Assert.Contains("2 people match 'chris'. Please pick one.", text, StringComparison.Ordinal);
        Assert.Equal(["Chris Doyle (colleague)", "Chris Evans (colleague)", SupportCards.AnonymousChoice], ChoiceTitles(card, SupportVerbs.ToKey));
        Assert.Equal("chris", InputValue(card, SupportVerbs.NameKey));
        Assert.Equal(About, InputValue(card, SupportVerbs.AboutKey));
        Assert.Contains("I have sent it to Chris Doyle", StoryBot.Text(sent), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<ISupportRequestStore>().ListOpenForRecipientAsync(ChrisDoyle, Token));
    }

    [Fact]
    public async Task An_entry_share_in_a_large_team_finds_one_typed_name_and_brings_back_none_or_several_with_the_name_kept()
    {
        await using var bot = await LargeTeamAsync(60);
        var entry = await EntryOfRobinAsync(bot);

        var picker = await bot.PressAsync(EntryShareVerbs.Pick, Entry(entry), StoryBot.RobinAad);
        var one = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "Zoe"), StoryBot.RobinAad);
        var none = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "Nobody Here"), StoryBot.RobinAad);
        var several = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "CHRIS"), StoryBot.RobinAad);
        var sent = await bot.PressAsync(EntryShareVerbs.Send, StoryBot.DataOf(one, "Send to Zoë Martin"), StoryBot.RobinAad);

        Assert.Equal(["Alex Wilber (team leader)", "Sam Baker (champion)"], ChoiceTitles(picker, EntryShareVerbs.ToKey));
        Assert.Equal("Someone else? Type their name", LabelOf(picker, EntryShareVerbs.NameKey));
        Assert.Contains("Check before you send it to Zoë Martin", StoryBot.Text(one), StringComparison.Ordinal);
        Assert.Contains("No one in My Team is called 'Nobody Here'", StoryBot.Text(none), StringComparison.Ordinal);
        Assert.Equal("Nobody Here", InputValue(none, EntryShareVerbs.NameKey));
        Assert.Contains("2 people match 'CHRIS'. Please pick one.", StoryBot.Text(several), StringComparison.Ordinal);
        Assert.Equal(["Chris Doyle (colleague)", "Chris Evans (colleague)"], ChoiceTitles(several, EntryShareVerbs.ToKey));
        Assert.Equal("CHRIS", InputValue(several, EntryShareVerbs.NameKey));
        Assert.Contains("Your entry is on its way", StoryBot.Text(sent), StringComparison.Ordinal);
        await bot.DrainAsync();
        Assert.Single(bot.App.Connector.Sent, s => s.CardText.Contains(EntryShareTurnTests.Note, StringComparison.Ordinal));
    }

    // Decision 073: a name nobody has read the sender's teams twice, once for the people and again to name the team.
    [Fact]
    public async Task An_entry_share_to_a_name_nobody_has_reads_the_senders_teams_once_and_still_names_the_team()
    {
        var calls = new StoreCallCounts();
        await using var bot = await LargeTeamAsync(60, services => services.CountCalls<ITeamStore>(calls));
        var entry = await EntryOfRobinAsync(bot);

        calls.Reset();
        var none = await bot.PressAsync(EntryShareVerbs.Preview, Entry(entry, "Nobody Here"), StoryBot.RobinAad);

        Assert.Contains("No one in My Team is called 'Nobody Here'", StoryBot.Text(none), StringComparison.Ordinal);
        Assert.Equal(1, calls.ByMethod.GetValueOrDefault("TeamStore.ListMemberships"));
    }

    [Fact]
    public async Task Up_to_the_cap_everyone_is_listed_and_one_more_brings_the_name_box()
    {
        // Robin asks; Alex and Sam and the colleagues are reachable.
        await using var whole = await LargeTeamAsync(PeopleOffer.MaxListed - 2);
        await using var capped = await LargeTeamAsync(PeopleOffer.MaxListed - 1);

        var wholeCard = await whole.PressAsync(SupportVerbs.Choose, Cycle(await SupportAnswerOfRobinAsync(whole)), StoryBot.RobinAad);
        var cappedCard = await capped.PressAsync(SupportVerbs.Choose, Cycle(await SupportAnswerOfRobinAsync(capped)), StoryBot.RobinAad);

        Assert.Equal(PeopleOffer.MaxListed + 1, ChoiceTitles(wholeCard, SupportVerbs.ToKey).Count);
        Assert.Null(LabelOf(wholeCard, SupportVerbs.NameKey));
        Assert.Equal(["Alex Wilber (team leader)", "Sam Baker (champion)", SupportCards.AnonymousChoice], ChoiceTitles(cappedCard, SupportVerbs.ToKey));
        Assert.NotNull(LabelOf(cappedCard, SupportVerbs.NameKey));
    }

    /// <summary>
    /// StoryBot's team (Alex leader, Sam champion, Robin staff) with <paramref name="colleagues"/> more, among them Zoë
    /// Martin, Chris Evans and Chris Doyle.
    /// </summary>
    internal static async Task<StoryBot> LargeTeamAsync(int colleagues, Action<IServiceCollection>? configureServices = null, string? dataDirectory = null)
    {
        var bot = await StoryBot.CreateAsync(sam: TeamRole.Champion, configureServices: configureServices, dataDirectory: dataDirectory);
        var teams = bot.App.Get<ITeamStore>();
        List<TeamMember> roster =
        [
            .. await teams.ListMembersAsync(StoryBot.TeamId, Token),
            Member(Zoe, "Zoë Martin"),
            Member(ChrisEvans, "Chris Evans"),
            Member(ChrisDoyle, "Chris Doyle"),
            .. Enumerable.Range(1, colleagues - 3).Select(i => Member($"aad-colleague-{i:D5}", $"Colleague {i:D3}")),
        ];
        await teams.SyncRosterAsync(StoryBot.TeamId, roster, Token);
        return bot;
    }

    /// <summary>Robin's check-in answer that asked for support, in a cycle of the team.</summary>
    internal static async Task<string> SupportAnswerOfRobinAsync(StoryBot bot)
    {
        var now = TimeProvider.System.GetUtcNow();
        var cycle = new CheckInCycle("cycle-" + Guid.NewGuid().ToString("N"), StoryBot.TeamId, now.AddHours(-1), now.AddDays(1), false);
        var store = bot.App.Get<ICheckInStore>();
        await store.SaveCycleAsync(cycle, Token);
        await store.SaveAnswerAsync(new CheckInAnswer(cycle.CycleId, StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.TeamId, 2, null, null, true, null, new Dictionary<string, int>(), null, now), Token);
        return cycle.CycleId;
    }

    internal static async Task<ExerciseSession> EntryOfRobinAsync(StoryBot bot)
    {
        var entry = LearningLogNote.Entry(StoryBot.TeamsIdOf(StoryBot.RobinAad), EntryShareTurnTests.Note, TimeProvider.System.GetUtcNow().AddDays(-1));
        Assert.True(await bot.App.Get<IExerciseSessionStore>().TryAddAsync(entry, Token));
        return entry;
    }

    internal static Dictionary<string, string> Cycle(string cycleId, string? name = null)
    {
        var data = new Dictionary<string, string> { [SupportVerbs.CycleKey] = cycleId };
        if (name is not null)
        {
            data[SupportVerbs.NameKey] = name;
            data[SupportVerbs.AboutKey] = About;
        }

        return data;
    }

    internal static Dictionary<string, string> Entry(ExerciseSession entry, string? name = null)
    {
        var data = new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = entry.ExerciseId, [ExerciseVerbs.SessionKey] = entry.SessionId };
        if (name is not null)
        {
            data[EntryShareVerbs.NameKey] = name;
        }

        return data;
    }

    internal static async Task AssertNothingSentAsync(StoryBot bot)
    {
        var requests = bot.App.Get<ISupportRequestStore>();
        foreach (var aad in new[] { Zoe, ChrisEvans, ChrisDoyle, StoryBot.AlexAad, StoryBot.SamAad, "aad-outsider" })
        {
            Assert.Empty(await requests.ListOpenForRecipientAsync(aad, Token));
        }

        await bot.DrainAsync();
        Assert.Empty(bot.App.Connector.Sent);
    }

    private static TeamMember Member(string aad, string name) =>
        new() { TeamId = StoryBot.TeamId, AadObjectId = aad, TeamsUserId = "29:" + aad, Name = name, UpdatedAt = DateTimeOffset.UnixEpoch };

    internal static string? InputValue(JsonElement card, string id) =>
        Inputs(card).FirstOrDefault(e => e.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    /// <summary>An input's "style" ("expanded", "compact"), or null when the card leaves it to the host (a drop-down).</summary>
    internal static string? StyleOf(JsonElement card, string id) =>
        Inputs(card).Single(e => e.GetProperty("id").GetString() == id).TryGetProperty("style", out var style) ? style.GetString() : null;

    private static string? LabelOf(JsonElement card, string id) =>
        Inputs(card).FirstOrDefault(e => e.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } input ? input.GetProperty("label").GetString() : null;

    internal static List<string> ChoiceTitles(JsonElement card, string id) =>
        [.. Inputs(card).Single(e => e.GetProperty("id").GetString() == id).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("title").GetString()!)];

    private static IEnumerable<JsonElement> Inputs(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && element.TryGetProperty("type", out var type)
                && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal) ? [element] : Enumerable.Empty<JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Inputs(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Inputs),
        _ => [],
    };
}
