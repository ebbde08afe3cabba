using System.Text.Json;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Notes;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A person stops a group of one-off 1:1 notes from a note itself, sees what they stopped and undoes it (decision 096).
/// Through the real host on SQLite, with the real delivery engine: Alex leads and names or steps down Sam (champion
/// notes, the "roles" group); Robin offers a story, which goes to the champions (a story to approve is in no group: it always comes).
/// </summary>
public sealed class NoteStopTests
{
    private const string SamChat = "personal-user-id-1";
    private const string SamTeamsId = "user-id-1";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stop_pressed_on_a_note_holds_back_that_groups_next_note_while_another_groups_still_comes_and_undo_brings_it_back()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        await bot.PressAsync(ChampionVerbs.Name, Sam());
        await bot.DrainAsync();
        var named = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == SamChat).Card!.Value;

        var stop = StoryBot.DataOf(named, NoteStopCards.StopButton);
        var stopped = await bot.PressAsync(NoteStopVerbs.Stop, stop, StoryBot.SamAad);
        await bot.PressAsync(NoteStopVerbs.Stop, stop, StoryBot.SamAad);
        bot.App.Connector.Sent.Clear();
        await StoryOfferTests.OfferAsync(bot);
        await bot.PressAsync(ChampionVerbs.Remove, Sam());
        await bot.DrainAsync();

        Assert.Contains("I won't send you notes about champions", StoryBot.Text(stopped), StringComparison.Ordinal);
        Assert.Single(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
        var toSam = bot.App.Connector.Sent.Where(s => s.ConversationId == SamChat).ToList();
        Assert.Contains(toSam, s => s.CardText.Contains("Robin Cole offers this success story", StringComparison.Ordinal));
        Assert.DoesNotContain(toSam, s => s.CardText.Contains("no longer a champion", StringComparison.Ordinal));
        Assert.Equal([("Skipped", NoteStopsAtSend.StoppedCode)], await OutboxAsync(bot, ChampionNaming.RemovedKind));

        var undone = await bot.PressAsync(NoteStopVerbs.Resume, StoryBot.DataOf(stopped, NoteStopCards.UndoButton), StoryBot.SamAad);
        bot.App.Connector.Sent.Clear();
        await bot.PressAsync(ChampionVerbs.Name, Sam());
        await bot.DrainAsync();

        Assert.Contains("I'll send you notes about champions", StoryBot.Text(undone), StringComparison.Ordinal);
        Assert.Contains(bot.App.Connector.Sent, s => s.ConversationId == SamChat && s.CardText.Contains("You're a champion in My Team", StringComparison.Ordinal));
        Assert.Empty(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
    }

    [Fact]
    public async Task A_note_already_waiting_when_the_person_stops_its_group_is_not_sent_and_is_recorded_skipped()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        await bot.PressAsync(ChampionVerbs.Name, Sam());

        await bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Roles.Name), StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == SamChat && s.Card is not null);
        Assert.Equal([("Skipped", NoteStopsAtSend.StoppedCode)], await OutboxAsync(bot, ChampionNaming.NamedKind));
    }

    [Fact]
    public async Task A_tampered_group_gets_a_card_saying_what_is_wrong_and_stores_nothing()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);

        var unknown = await bot.PressAsync(NoteStopVerbs.Stop, Group("everything"), StoryBot.SamAad);
        var cased = await bot.PressAsync(NoteStopVerbs.Stop, Group("ROLES"), StoryBot.SamAad);
        var none = await bot.PressAsync(NoteStopVerbs.Stop, new Dictionary<string, string>(), StoryBot.SamAad);
        var undo = await bot.PressAsync(NoteStopVerbs.Resume, Group("checkins"), StoryBot.SamAad);

        Assert.All([unknown, cased, none, undo], card => Assert.Equal(NoteStopCards.RefusedText, StoryBot.Text(card)));
        Assert.Empty(await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token));
    }

    [Fact]
    public async Task My_data_lists_the_stopped_groups_and_turn_back_on_brings_one_back()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        await bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Roles.Name), StoryBot.SamAad);
        await bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Stories.Name), StoryBot.SamAad);

        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("my data", StoryBot.SamAad);
        var card = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        var turnBackOn = TurnBackOnButtons(card);
        var back = await bot.PressAsync(MyDataVerbs.NotesOn, turnBackOn[NoteGroups.Stories.Name], StoryBot.SamAad);
        var kept = await bot.PressAsync(MyDataVerbs.Open, new Dictionary<string, string>(), StoryBot.SamAad);

        Assert.Contains(NoteStopCards.ListTitle, StoryBot.Text(card), StringComparison.Ordinal);
        Assert.Equal([NoteGroups.Roles.Name, NoteGroups.Stories.Name], turnBackOn.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(NoteStopCards.BackOnText(NoteGroups.Stories), StoryBot.Text(back), StringComparison.Ordinal);
        Assert.Equal([NoteGroups.Roles.Name], TurnBackOnButtons(kept).Keys);
        Assert.Equal([NoteGroups.Roles.Name], (await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token)).Select(s => s.Group));
    }

    [Fact]
    public async Task My_data_without_stopped_notes_lists_none()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);

        await bot.SayAsync("my data", StoryBot.SamAad);

        Assert.DoesNotContain(NoteStopCards.ListTitle, Assert.Single(bot.App.Connector.Sent).CardText, StringComparison.Ordinal);
    }

    // Decision 104: the delete keeps the stops (they were deleted with the rest before).
    [Fact]
    public async Task The_stops_are_in_my_data_downloaded_and_kept_by_its_delete()
    {
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Leader);
        await bot.PressAsync(NoteStopVerbs.Stop, Group(NoteGroups.Shares.Name), StoryBot.SamAad);
        var person = new PersonIdentity(SamTeamsId, StoryBot.SamAad);

        var export = await bot.App.Get<PersonalDataControl>().ExportAsync(person, Token);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.SamAad);
        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);

        var stop = Assert.Single(export["sources"]!["noteStops"]!["stops"]!.AsArray());
        Assert.Equal(NoteGroups.Shares.Name, stop!["note_group"]!.GetValue<string>());
        Assert.Contains("I keep one thing: a list of the notes you stopped (Your requests and shares)", StoryBot.Text(confirm), StringComparison.Ordinal);
        Assert.Contains("I kept one thing: a list of the notes you stopped (Your requests and shares)", StoryBot.Text(deleted), StringComparison.Ordinal);
        Assert.Equal([NoteGroups.Shares.Name], (await bot.App.Get<INoteStops>().ListForPersonAsync(StoryBot.SamAad, Token)).Select(s => s.Group));
        var after = await bot.App.Get<PersonalDataControl>().ExportAsync(person, Token);
        Assert.Equal(export["sources"]!["noteStops"]!.ToJsonString(), after["sources"]!["noteStops"]!.ToJsonString());
    }

    private static Dictionary<string, string> Sam() => new() { [ChampionVerbs.TeamKey] = StoryBot.TeamId, [ChampionVerbs.PersonKey] = StoryBot.SamAad };

    private static Dictionary<string, string> Group(string name) => new() { [NoteStopVerbs.GroupKey] = name };

    // Each "Turn back on" button's data, by the group it carries.
    private static Dictionary<string, Dictionary<string, string>> TurnBackOnButtons(JsonElement card) =>
        CardJsonButtons.All(card)
            .Where(button => button.TryGetProperty("title", out var title) && title.GetString() == NoteStopCards.TurnBackOnButton)
            .Select(button => button.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!))
            .ToDictionary(data => data[NoteStopVerbs.GroupKey]);

    private static async Task<List<(string Status, string? Code)>> OutboxAsync(StoryBot bot, string kind) =>
        [.. await bot.App.Get<SqliteDatabase>().QueryListAsync(
            "SELECT status, last_error_code FROM outbox WHERE recipient_id = $person AND kind = $kind;",
            command =>
            {
                command.Parameters.AddWithValue("$person", SamTeamsId);
                command.Parameters.AddWithValue("$kind", kind);
            },
            reader => (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)), Token)];
}
