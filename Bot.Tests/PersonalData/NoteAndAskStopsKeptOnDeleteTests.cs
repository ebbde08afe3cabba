using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Notes;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// Decision 104, through the real host on SQLite with the real delivery engine: "delete my data" keeps a person's stops
/// of notes and of story asks. Sam (a champion, with Alex) stops "Team news" and the ask for stories, deletes their data,
/// and is put back in the roster and named champion again (as the roster sync and a leader would). A learning set Alex
/// starts sends its "you joined" note (Team news) to Sam and Robin; the weekly digest asks the team's champions.
/// </summary>
public sealed class NoteAndAskStopsKeptOnDeleteTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Someone_who_stopped_team_news_and_story_asks_then_deleted_their_data_gets_neither()
    {
        await using var bot = await CreateAsync();
        await StopBothAsync(bot);

        var (confirm, deleted) = await DeleteAndRejoinAsync(bot);
        await StartLearningSetAsync(bot, "set-1");
        var asked = await AskForStoriesAsync(bot, TimeProvider.System.GetUtcNow());

        // With no profile (the delete removed it) and, later, with one again (Sam writes to the bot).
        Assert.Equal(("Skipped", NoteStopsAtSend.StoppedCode), await JoinedNoteAsync(bot, "set-1", StoryBot.SamAad));
        Assert.Equal(("Sent", null), await JoinedNoteAsync(bot, "set-1", StoryBot.RobinAad));
        Assert.Equal((true, false), asked);
        await bot.SayAsync("hello", StoryBot.SamAad);
        await StartLearningSetAsync(bot, "set-2");
        Assert.Equal(("Skipped", NoteStopsAtSend.StoppedCode), await JoinedNoteAsync(bot, "set-2", StoryBot.SamAad));
        Assert.Equal((true, false), await AskForStoriesAsync(bot, TimeProvider.System.GetUtcNow().AddDays(7)));

        foreach (var (card, verb) in new[] { (confirm, "I keep"), (deleted, "I kept") })
        {
            var text = StoryBot.Text(card);
            Assert.Contains($"{verb} two things:", text, StringComparison.Ordinal);
            Assert.Contains("A note that you asked me not to ask you for stories, so I still won't. It holds nothing you wrote. Type **ask me for stories** to be asked again.", text, StringComparison.Ordinal);
            Assert.Contains("A list of the notes you stopped (Team news), so they stay stopped. It holds nothing you wrote. Type **my data** and press **Turn back on** to get them again.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("the notes you stopped,", text, StringComparison.Ordinal);
            Assert.DoesNotContain("your stop of my asks", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Turning_both_back_on_after_the_delete_brings_the_next_note_and_ask()
    {
        await using var bot = await CreateAsync();
        await StopBothAsync(bot);
        await DeleteAndRejoinAsync(bot);

        bot.App.Connector.Sent.Clear();
        await bot.SayAsync("my data", StoryBot.SamAad);
        var myData = Assert.Single(bot.App.Connector.Sent).Card!.Value;
        await bot.PressAsync(NoteStopVerbs.Resume, StoryBot.DataOf(myData, NoteStopCards.TurnBackOnButton), StoryBot.SamAad);
        await bot.SayAsync("ask me for stories", StoryBot.SamAad);
        await StartLearningSetAsync(bot, "set-1");
        var asked = await AskForStoriesAsync(bot, TimeProvider.System.GetUtcNow());
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.SamAad);

        Assert.Equal(("Sent", null), await JoinedNoteAsync(bot, "set-1", StoryBot.SamAad));
        Assert.Equal((true, true), asked);
        Assert.DoesNotContain("It holds nothing you wrote", StoryBot.Text(confirm), StringComparison.Ordinal);
    }

    private static Task<StoryBot> CreateAsync() =>
        StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain, alex: TeamRole.Champion, sam: TeamRole.Champion);

    private static async Task StopBothAsync(StoryBot bot)
    {
        await bot.PressAsync(NoteStopVerbs.Stop, new Dictionary<string, string> { [NoteStopVerbs.GroupKey] = NoteGroups.Team.Name }, StoryBot.SamAad);
        await bot.PressAsync(StoryVerbs.AskStop, new Dictionary<string, string> { [StoryVerbs.TeamKey] = StoryBot.TeamId }, StoryBot.SamAad);
    }

    // The delete removes Sam's team membership and champion mark too; the roster sync puts the member back, a leader names them again.
    private static async Task<(System.Text.Json.JsonElement Confirm, System.Text.Json.JsonElement Deleted)> DeleteAndRejoinAsync(StoryBot bot)
    {
        var teams = bot.App.Get<ITeamStore>();
        var member = await teams.GetMemberAsync(StoryBot.TeamId, StoryBot.SamAad, Token);
        var confirm = await bot.PressAsync(MyDataVerbs.Delete, new Dictionary<string, string>(), StoryBot.SamAad);
        var deleted = await bot.PressAsync(MyDataVerbs.ConfirmDelete, new Dictionary<string, string>(), StoryBot.SamAad);
        Assert.Null(await bot.App.Get<IPersonStore>().GetAsync(StoryBot.TeamsIdOf(StoryBot.SamAad), Token));
        await teams.UpsertMemberAsync(member! with { IsChampion = false }, Token);
        await teams.SetChampionAsync(StoryBot.TeamId, StoryBot.SamAad, true, TimeProvider.System.GetUtcNow(), Token);
        return (confirm, deleted);
    }

    // Alex starts a set with Sam and Robin: each member is told in a "you joined" note, one of Team news.
    private static async Task StartLearningSetAsync(StoryBot bot, string setId)
    {
        var now = TimeProvider.System.GetUtcNow();
        var set = new LearningSet
        {
            SetId = setId, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel, Topic = "Conversations about risk",
            StarterAadObjectId = StoryBot.AlexAad, Members = [StoryBot.AlexAad, StoryBot.SamAad, StoryBot.RobinAad], IntervalDays = 14, Rounds = 3,
            TimeZoneId = "Europe/London", FirstRoundAt = now.AddDays(1), CreatedAt = now,
        };
        await bot.App.Get<LearningSetWelcome>().TellMembersAsync(set, "General", Token);
        await bot.DrainAsync();
    }

    // Whether the week's digest asked Alex and Sam for a story.
    private static async Task<(bool Alex, bool Sam)> AskForStoriesAsync(StoryBot bot, DateTimeOffset periodEnd)
    {
        await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, periodEnd, Token);
        var outbox = bot.App.Get<IOutboxStore>();
        async Task<bool> AskedAsync(string aad) =>
            await outbox.FindAsync(OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, periodEnd), StoryBot.TeamsIdOf(aad), StoryDigestRunner.AskKind), Token) is not null;
        return (await AskedAsync(StoryBot.AlexAad), await AskedAsync(StoryBot.SamAad));
    }

    private static async Task<(string Status, string? Code)> JoinedNoteAsync(StoryBot bot, string setId, string aad) =>
        Assert.Single(await bot.App.Get<SqliteDatabase>().QueryListAsync(
            "SELECT status, last_error_code FROM outbox WHERE recipient_id = $person AND kind = $kind AND cycle_id = $cycle;",
            command =>
            {
                command.Parameters.AddWithValue("$person", StoryBot.TeamsIdOf(aad));
                command.Parameters.AddWithValue("$kind", LearningSetWelcome.JoinedKind);
                command.Parameters.AddWithValue("$cycle", OutboxPersonalCards.CycleOf("learning:" + setId));
            },
            reader => (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)), Token));
}
