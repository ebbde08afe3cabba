using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Bot.Limits;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Tests.Dialogs.CheckIns;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// Choosing who to ask after a check-in that wanted support: anonymous tells nobody and stores nothing more; a named
/// request goes only to a member of the same team; only its recipient can acknowledge it, and the asker hears once.
/// </summary>
[Slow]
public sealed class SupportDialogTests
{
    private const string Team = "team-1";
    private const string MeganAad = "aad-megan";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Keeping_it_anonymous_says_nobody_will_be_told_and_sends_and_stores_nothing()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var (dialog, store, sent, cycle) = await StartAsync(bot);

        var card = await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, SupportVerbs.Anonymous, "Something private"), Token);

        Assert.Contains(SupportCards.NobodyTold, Text(card), StringComparison.Ordinal);
        Assert.Empty(sent);
        Assert.Empty(await store.ListOpenForRecipientAsync(MeganAad, Token));
        Assert.Null((await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token))!.SupportFrom);
    }

    [Fact]
    public async Task Only_members_of_the_same_team_are_offered_and_accepted()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var (dialog, _, sent, cycle) = await StartAsync(bot);
        await bot.Teams.UpsertMemberAsync(new TeamMember { TeamId = "other-team", AadObjectId = "aad-outsider", TeamsUserId = "29:outsider", Name = "Olly Outsider" }, Token);

        var choose = Text(await dialog.HandleAsync(Action(bot, SupportVerbs.Choose, cycle), Token));
        var forged = Text(await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, "aad-outsider", "Hello"), Token));
        var self = Text(await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, bot.AadObjectId, "Hello"), Token));

        Assert.DoesNotContain("Olly Outsider", choose, StringComparison.Ordinal);
        Assert.Contains("Please pick someone from the list", forged, StringComparison.Ordinal);
        Assert.Contains("Please pick someone from the list", self, StringComparison.Ordinal);
        Assert.Empty(sent);
    }

    [Fact]
    public async Task A_named_request_reaches_only_its_recipient_who_alone_can_acknowledge_it_and_the_asker_hears_once()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        var (dialog, store, sent, cycle) = await StartAsync(bot);

        var onItsWay = await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, MeganAad, "Time to plan a hard review"), Token);
        var request = Assert.Single(await store.ListOpenForRecipientAsync(MeganAad, Token));
        var pressed = new Dictionary<string, string> { [SupportVerbs.RequestKey] = request.Request.RequestId };
        var byOther = await dialog.HandleAsync(new SupportAction("29:sam", "aad-sam", "Sam", "tenant-1", SupportVerbs.Seen, pressed), Token);
        await dialog.HandleAsync(new SupportAction("29:megan", MeganAad.ToUpperInvariant(), "Megan", "tenant-1", SupportVerbs.Seen, pressed), Token);
        await dialog.HandleAsync(new SupportAction("29:megan", MeganAad, "Megan", "tenant-1", SupportVerbs.Done, pressed), Token);

        Assert.Contains("Megan Bowen", Text(onItsWay), StringComparison.Ordinal);
        Assert.Contains(SupportDialog.NotYours, Text(byOther), StringComparison.Ordinal);
        Assert.Equal(
            [("29:megan", SupportDialog.RequestKind), (bot.PersonId, SupportDialog.SeenKind)],
            sent.Select(s => (s.Recipient, s.Kind)));
        Assert.Contains("Time to plan a hard review", Text(sent[0].Card), StringComparison.Ordinal);
        Assert.DoesNotContain("Time to plan a hard review", Text(sent[1].Card), StringComparison.Ordinal);
        // The request carries the asker's words, so it is stamped with them (their "delete my data" deletes it unsent);
        // "it was seen" carries nobody's.
        Assert.Equal(new PersonIdentity(bot.PersonId, bot.AadObjectId), sent[0].Writer);
        Assert.Null(sent[1].Writer);
        Assert.Empty(await store.ListOpenForRecipientAsync(MeganAad, Token));
        Assert.Equal("my team leader", (await bot.Store.GetAnswerAsync(cycle.CycleId, bot.PersonId, Token))!.SupportFrom);
    }

    [Fact]
    public async Task A_request_sent_back_with_a_problem_keeps_what_the_person_wrote_and_whom_they_picked_if_still_there()
    {
        const string About = "I need help planning Mr D's review; his daughter disagrees with what he wants";
        await using var bot = await CheckInDriver.CreateAsync();
        var (dialog, _, sent, cycle) = await StartAsync(bot);
        await bot.Teams.UpsertMemberAsync(new TeamMember { TeamId = Team, AadObjectId = "aad-sam", TeamsUserId = "29:sam", Name = "Sam Baker" }, Token);

        // Megan leaves the team (the roster syncs) while Alex is writing; Alex picks her and sends.
        await bot.Teams.SyncRosterAsync(
            Team,
            [
                new TeamMember { TeamId = Team, AadObjectId = bot.AadObjectId, TeamsUserId = bot.PersonId, Name = "Alex Wilber" },
                new TeamMember { TeamId = Team, AadObjectId = "aad-sam", TeamsUserId = "29:sam", Name = "Sam Baker" },
            ],
            Token);
        var gone = await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, MeganAad, About), Token);
        var tooLong = await dialog.HandleAsync(Action(bot, SupportVerbs.Ask, cycle, "aad-sam", About + new string('!', SupportDialog.AboutMaxLength)), Token);

        Assert.Contains("Please pick someone from the list", Text(gone), StringComparison.Ordinal);
        Assert.Equal((About, null), (InputValue(gone, SupportVerbs.AboutKey), InputValue(gone, SupportVerbs.ToKey)));
        Assert.Contains("Please keep it to", Text(tooLong), StringComparison.Ordinal);
        Assert.Equal((About + new string('!', SupportDialog.AboutMaxLength), "aad-sam"), (InputValue(tooLong, SupportVerbs.AboutKey), InputValue(tooLong, SupportVerbs.ToKey)));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task Every_support_card_passes_the_Adaptive_Cards_validator()
    {
        var request = new SupportRequest("r1", "tenant-1", Team, "29:alex", "aad-alex", "Alex", "Time to plan", DateTimeOffset.UnixEpoch);
        var named = new NamedSupportRequest(request, new SupportRecipient("r1", "29:megan", MeganAad, "Megan", DateTimeOffset.UnixEpoch));
        var seen = named with { Recipient = named.Recipient with { SeenAt = DateTimeOffset.UnixEpoch } };
        AdaptiveCard[] cards =
        [
            SupportCards.Choose("cycle-1", [new Choice("Megan (team leader)", MeganAad)], "Please pick someone."),
            SupportCards.Choose("cycle-1", []),
            SupportCards.Sent("Megan"),
            SupportCards.KeptAnonymous(countedForTeam: true),
            SupportCards.ForRecipient(named, "Team 1"),
            SupportCards.Acknowledged(seen),
            SupportCards.Acknowledged(seen with { Recipient = seen.Recipient with { DoneAt = DateTimeOffset.UnixEpoch } }),
            SupportCards.SeenByRecipient("Megan"),
            SupportCards.List([named, seen], TimeZoneInfo.Utc),
            SupportCards.List([], TimeZoneInfo.Utc),
            SupportCards.Refused(SupportDialog.NotYours),
        ];

        await CardValidation.AssertValidAsync("support", cards);
    }

    private static async Task<(SupportDialog, SqliteSupportRequestStore, List<(string Recipient, string Kind, AdaptiveCard Card, PersonIdentity? Writer)>, CheckInCycle)> StartAsync(CheckInDriver bot)
    {
        var cycle = await bot.OpenTeamCycleAsync(Team, pulse: false);
        await bot.Teams.UpsertMemberAsync(new TeamMember { TeamId = Team, AadObjectId = MeganAad, TeamsUserId = "29:megan", Name = "Megan Bowen", IsOwner = true }, Token);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        var values = CheckInDialogTests.Weekly();
        values["wants-support"] = "true";
        await bot.PressAsync("Send", values);
        var store = new SqliteSupportRequestStore(bot.Database);
        var sent = new List<(string, string, AdaptiveCard, PersonIdentity?)>();
        var people = new SupportPeople(bot.Teams, new TeamRoles(bot.Teams, new RoleOptions()));
        var dialog = new SupportDialog(bot.Store, bot.Teams, people, store, new RecordedDelivery(sent), new NamePressLimit(new SqlitePressBudgetStore(bot.Database), bot.Clock, TestLoggedIds(), NullLogger<NamePressLimit>.Instance), bot.Clock);
        return (dialog, store, sent, cycle);
    }

    private static SupportAction Action(CheckInDriver bot, string verb, CheckInCycle cycle, string? to = null, string? about = null)
    {
        var values = new Dictionary<string, string> { [SupportVerbs.CycleKey] = cycle.CycleId };
        if (to is not null)
        {
            values[SupportVerbs.ToKey] = to;
        }

        if (about is not null)
        {
            values[SupportVerbs.AboutKey] = about;
        }

        return new SupportAction(bot.PersonId, bot.AadObjectId, "Alex Wilber", "tenant-1", verb, values);
    }

    private static string Text(AdaptiveCard card) => ExerciseDriver.TextOf(card);

    private static LoggedIdHash TestLoggedIds()
    {
        var hash = new LoggedIdHash();
        hash.Use(new byte[32]);
        return hash;
    }

    /// <summary>The value an input of the card is filled with, or null.</summary>
    private static string? InputValue(AdaptiveCard card, string id) =>
        CardJson.Serialize(card) is var json && JsonDocument.Parse(json).RootElement.GetProperty("body").EnumerateArray()
            .FirstOrDefault(element => element.TryGetProperty("id", out var found) && found.GetString() == id) is { ValueKind: JsonValueKind.Object } input
            && input.TryGetProperty("value", out var value) ? value.GetString() : null;

    private sealed class RecordedDelivery(List<(string, string, AdaptiveCard, PersonIdentity?)> sent) : ISupportDelivery
    {
        public Task EnqueueAsync(string requestId, string recipientId, string tenantId, string kind, AdaptiveCard card, PersonIdentity? writer, CancellationToken cancellationToken)
        {
            sent.Add((recipientId, kind, card, writer));
            return Task.CompletedTask;
        }
    }
}
