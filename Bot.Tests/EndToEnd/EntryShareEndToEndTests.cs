using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// "Send this entry to one person" in the Agents Playground, end to end through the real host: Alex (user-id-0) types
/// "my log", presses "Send this entry to one person" on the newest entry, picks a colleague from the roster, checks the
/// preview and sends; the entry reaches that colleague's own 1:1 chat (opened through the team), and Alex is told in
/// Alex's chat that it arrived.
/// </summary>
[Slow]
public sealed class EntryShareEndToEndTests(TeamChannelFixture fixture) : IClassFixture<TeamChannelFixture>
{
    private const string Colleague = "user-id-1";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    private PlaygroundClient Playground => fixture.Bot.Playground;

    private IServiceProvider Services => fixture.Bot.Services;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_entry_sent_from_my_log_reaches_the_named_colleagues_chat_and_the_sender_is_told_it_arrived()
    {
        var colleague = await ColleagueAsync();
        var note = "Asked what a good day looks like before the review " + Guid.NewGuid().ToString("N")[..6];
        var entry = LearningLogNote.Entry(Playground.Config.CurrentUserId, note, TimeProvider.System.GetUtcNow());
        Assert.True(await Services.GetRequiredService<IExerciseSessionStore>().TryAddAsync(entry, Token));
        var personal = Playground.Config.PersonalChatId;
        var sent = await Playground.SendTextAsync(personal, "my log", Token);
        var log = await Playground.WaitForBotMessageAsync(personal, sent.Cursor, m => m.ExecuteActions().Any(b => b.Verb == EntryShareVerbs.Pick), Token);

        var picker = await ExecuteAsync(log, EntryShareVerbs.Pick, []);
        Assert.Contains(colleague.Name!, picker.Cards.Single().ToJsonString(), StringComparison.Ordinal);
        var preview = await ExecuteAsync(picker, EntryShareVerbs.Preview, new() { [EntryShareVerbs.ToKey] = colleague.AadObjectId });
        Assert.Contains("Check before you send it to " + colleague.Name, preview.AllText, StringComparison.Ordinal);
        Assert.Contains(note, preview.AllText, StringComparison.Ordinal);
        var onItsWay = await ExecuteAsync(preview, EntryShareVerbs.Send, []);
        Assert.Contains("Your entry is on its way", onItsWay.AllText, StringComparison.Ordinal);

        var shareId = preview.ExecuteActions().Single(b => b.Verb == EntryShareVerbs.Send).Data!["share"]!.GetValue<string>();
        var key = OutboxMessage.KeyFor(OutboxSupportDelivery.CycleOf(shareId), Colleague, SupportDialog.SharedEntryKind);
        var cursor = Playground.Cursor;
        await Services.GetRequiredService<DeliveryEngine>().DrainAsync(Token);
        var delivered = await Services.GetRequiredService<IOutboxStore>().FindAsync(key, Token);
        Assert.True(delivered is { Status: OutboxStatus.Sent, SentActivityId: not null }, $"{delivered?.Status} {delivered?.LastErrorCode}");
        var chat = await Services.GetRequiredService<IConversationStore>().FindPersonalAsync(Colleague, Token);
        Assert.NotNull(chat);
        Assert.NotEqual(personal, chat.ConversationId);
        var card = fixture.Bot.DeliveredCard(key);
        Assert.Contains(note, card, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber shared a Learning log entry with you", card, StringComparison.Ordinal);
        Assert.Equal("", delivered!.CardJson);

        await Services.GetRequiredService<DeliveryEngine>().DrainAsync(Token);
        var told = await Playground.WaitForBotMessageAsync(personal, cursor, m => m.AllText.Contains("Your entry was delivered", StringComparison.Ordinal), Token);
        Assert.Contains(colleague.Name!, told.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(note, told.AllText, StringComparison.Ordinal);
    }

    /// <summary>Installs once and waits for the roster sync to list user-id-1 with their Teams id.</summary>
    private async Task<TeamMember> ColleagueAsync()
    {
        await fixture.InstallOnceAsync();
        var teams = Services.GetRequiredService<ITeamStore>();
        var deadline = TimeProvider.System.GetUtcNow() + Within;
        while (true)
        {
            var members = await teams.ListMembersAsync(Playground.Config.TeamId, Token);
            if (members.FirstOrDefault(m => m.TeamsUserId == Colleague) is { } found && members.Any(m => m.TeamsUserId == Playground.Config.CurrentUserId))
            {
                return found;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"The roster has {members.Count} members after {Within}.");
            await Task.Delay(100, Token);
        }
    }

    /// <summary>Presses the card's Action.Execute button with that verb as Alex, the inputs put into its data as Teams does.</summary>
    private async Task<PlaygroundMessage> ExecuteAsync(PlaygroundMessage card, string verb, Dictionary<string, string> inputs)
    {
        var button = card.ExecuteActions().FirstOrDefault(b => b.Verb == verb);
        Assert.True(button is not null, $"No {verb} button on the card:\n{card.AllText}");
        var data = button.Data?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        var result = await Playground.ExecuteAsAsync(Playground.Config.CurrentUserId, card, button with { Data = data }, Token);
        Assert.True(result.StatusCode == HttpStatusCode.OK, $"{verb}: {(int)result.StatusCode} {result.Body?.ToJsonString()}");
        Assert.True(result.Type == InvokeResult.CardType, $"{verb}: {result.Body?.ToJsonString()}");
        var message = card.Message.DeepClone().AsObject();
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = InvokeResult.CardType, ["content"] = result.Value!.DeepClone() });
        return card with { Message = message };
    }
}
