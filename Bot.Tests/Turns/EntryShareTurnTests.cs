using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// "Send this entry to one person" through the real host (SQLite here; the same scenario runs on Azurite in
/// EntryShareOnAzuriteTests): Robin (staff) sends a learning-log entry to Alex (leader) after a preview; exactly one card
/// reaches Alex's 1:1 chat, Robin is told it arrived, and the share is in Robin's data without the entry's text.
/// </summary>
public sealed class EntryShareTurnTests
{
    public const string Note = "Listened to Mrs Patel about her garden before we talked about her care plan";
    private const string OutsiderAad = "00000000-0000-0000-0000-0000000000099";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public Task An_entry_sent_after_its_preview_reaches_only_the_picked_persons_chat_once_and_the_sender_is_told_and_it_is_in_their_data() =>
        SendsOnceAndRecordsAsync(null);

    [Fact]
    public async Task A_tampered_missing_or_outside_recipient_gets_a_card_saying_what_is_wrong_and_nothing_is_sent_or_stored()
    {
        await using var bot = await StoryBot.CreateAsync();
        await bot.App.Get<ITeamStore>().UpsertMemberAsync(new TeamMember { TeamId = "other-team", AadObjectId = OutsiderAad, TeamsUserId = "user-id-9", Name = "Olly Outsider" }, Token);
        var entry = await EntryOfRobinAsync(bot);

        var picker = await bot.PressAsync(EntryShareVerbs.Pick, Data(entry), StoryBot.RobinAad);
        var missing = await bot.PressAsync(EntryShareVerbs.Preview, Data(entry), StoryBot.RobinAad);
        var outside = await bot.PressAsync(EntryShareVerbs.Preview, Data(entry, OutsiderAad), StoryBot.RobinAad);
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, Data(entry, StoryBot.AlexAad), StoryBot.RobinAad);
        var forged = StoryBot.DataOf(preview, "Send to Alex Wilber");
        forged[EntryShareVerbs.ToKey] = OutsiderAad;
        var sentOutside = await bot.PressAsync(EntryShareVerbs.Send, forged, StoryBot.RobinAad);
        var notYours = await bot.PressAsync(EntryShareVerbs.Preview, Data(entry, StoryBot.RobinAad), StoryBot.SamAad);
        await bot.DrainAsync();

        Assert.Contains("Alex Wilber (team leader)", StoryBot.Text(picker), StringComparison.Ordinal);
        Assert.DoesNotContain("Olly Outsider", StoryBot.Text(picker), StringComparison.Ordinal);
        Assert.Contains(EntryShareDialog.NobodyPicked, StoryBot.Text(missing), StringComparison.Ordinal);
        Assert.Contains(EntryShareDialog.NotInYourTeams, StoryBot.Text(outside), StringComparison.Ordinal);
        Assert.Contains(EntryShareDialog.NotInYourTeams, StoryBot.Text(sentOutside), StringComparison.Ordinal);
        Assert.Contains("Nothing was sent.", StoryBot.Text(sentOutside), StringComparison.Ordinal);
        Assert.Contains(EntryShareDialog.NotYourEntry, StoryBot.Text(notYours), StringComparison.Ordinal);
        Assert.Empty(bot.App.Connector.Sent);
        Assert.Null(await bot.App.Get<IEntryShareStore>().GetAsync(forged["share"], Token));
    }

    [Fact]
    public async Task An_entry_still_waiting_when_its_sender_deletes_their_data_never_reaches_anyone_and_a_colleagues_entry_still_does()
    {
        const string SamsNote = "Sat with Mr Okafor while he chose his own breakfast";
        await using var bot = await StoryBot.CreateAsync(configureServices: StoryBot.NoBackgroundDrain);
        var robins = await EntryOfRobinAsync(bot);
        var sams = LearningLogNote.Entry(StoryBot.TeamsIdOf(StoryBot.SamAad), SamsNote, TimeProvider.System.GetUtcNow().AddDays(-1));
        Assert.True(await bot.App.Get<IExerciseSessionStore>().TryAddAsync(sams, Token));
        Assert.Contains("Your entry is on its way", StoryBot.Text(await SendToAlexAsync(bot, robins, StoryBot.RobinAad)), StringComparison.Ordinal);
        Assert.Contains("Your entry is on its way", StoryBot.Text(await SendToAlexAsync(bot, sams, StoryBot.SamAad)), StringComparison.Ordinal);

        // Robin deletes their data before the outbox had its turn: what Robin wrote goes with it, unsent.
        await bot.App.Get<PersonalDataControl>().DeleteAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), Token);
        await bot.DrainAsync();
        await bot.DrainAsync();

        var sent = bot.App.Connector.Sent.ToList();
        Assert.DoesNotContain(sent, s => s.CardText.Contains(Note, StringComparison.Ordinal));
        Assert.Single(sent, s => s.CardText.Contains(SamsNote, StringComparison.Ordinal));
        // Only Sam hears that an entry was delivered.
        Assert.Single(sent, s => s.CardText.Contains("Your entry was delivered", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> SendToAlexAsync(StoryBot bot, ExerciseSession entry, string aad)
    {
        var summary = await bot.PressAsync(ExerciseVerbs.Summary, ExerciseCards.SessionData(entry), aad);
        var pick = StoryBot.DataOf(await bot.PressAsync(EntryShareVerbs.Pick, StoryBot.DataOf(summary, "Send to one person"), aad), "Preview");
        pick[EntryShareVerbs.ToKey] = StoryBot.AlexAad;
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, pick, aad);
        return await bot.PressAsync(EntryShareVerbs.Send, StoryBot.DataOf(preview, "Send to Alex Wilber"), aad);
    }

    /// <summary>The whole scenario, on the storage the settings choose.</summary>
    internal static async Task SendsOnceAndRecordsAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var bot = await StoryBot.CreateAsync(settings: settings);
        var entry = await EntryOfRobinAsync(bot);
        var summary = await bot.PressAsync(ExerciseVerbs.Summary, ExerciseCards.SessionData(entry), StoryBot.RobinAad);
        var picker = await bot.PressAsync(EntryShareVerbs.Pick, StoryBot.DataOf(summary, "Send to one person"), StoryBot.RobinAad);
        var pick = StoryBot.DataOf(picker, "Preview");
        pick[EntryShareVerbs.ToKey] = StoryBot.AlexAad;
        var preview = await bot.PressAsync(EntryShareVerbs.Preview, pick, StoryBot.RobinAad);
        var send = StoryBot.DataOf(preview, "Send to Alex Wilber");

        var answers = new[] { await bot.PressAsync(EntryShareVerbs.Send, send, StoryBot.RobinAad), await bot.PressAsync(EntryShareVerbs.Send, send, StoryBot.RobinAad) };
        await bot.DrainAsync();
        await bot.DrainAsync();

        Assert.Contains("Check before you send it to Alex Wilber", StoryBot.Text(preview), StringComparison.Ordinal);
        Assert.Contains(Note, StoryBot.Text(preview), StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Contains("Your entry is on its way", StoryBot.Text(a), StringComparison.Ordinal));
        Assert.StartsWith(settings is null ? "Sqlite" : "Azure", bot.App.Get<IEntryShareStore>().GetType().Name, StringComparison.Ordinal);
        var sent = bot.App.Connector.Sent.ToList();
        var toAlex = Assert.Single(sent, s => s.CardText.Contains(Note, StringComparison.Ordinal));
        Assert.Contains("Robin Cole shared a Learning log entry with you", toAlex.CardText, StringComparison.Ordinal);
        Assert.NotEqual(StoryBot.Channel, toAlex.ConversationId);
        Assert.All(CardTexts.Of(toAlex.Card!.Value), text => Assert.Contains(text, CardTexts.Of(preview)));
        var told = Assert.Single(sent, s => s.CardText.Contains("Your entry was delivered", StringComparison.Ordinal));
        Assert.Contains("Alex Wilber now has the entry", told.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(Note, told.CardText, StringComparison.Ordinal);
        Assert.NotEqual(toAlex.ConversationId, told.ConversationId);

        var data = (await bot.App.Get<PersonalDataControl>().ExportAsync(new PersonIdentity(StoryBot.TeamsIdOf(StoryBot.RobinAad), StoryBot.RobinAad), Token)).ToJsonString();
        Assert.Contains("entryShares", data, StringComparison.Ordinal);
        Assert.Contains(entry.SessionId, data, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", data, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(data, "\"ShareId\"") + CountOf(data, "\"share_id\""));
    }

    private static async Task<ExerciseSession> EntryOfRobinAsync(StoryBot bot)
    {
        var entry = LearningLogNote.Entry(StoryBot.TeamsIdOf(StoryBot.RobinAad), Note, TimeProvider.System.GetUtcNow().AddDays(-1));
        Assert.True(await bot.App.Get<IExerciseSessionStore>().TryAddAsync(entry, Token));
        return entry;
    }

    private static Dictionary<string, string> Data(ExerciseSession entry, string? to = null)
    {
        var data = new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = entry.ExerciseId, [ExerciseVerbs.SessionKey] = entry.SessionId };
        if (to is not null)
        {
            data[EntryShareVerbs.ToKey] = to;
        }

        return data;
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
