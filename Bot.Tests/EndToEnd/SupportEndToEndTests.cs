using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Support;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// A support request in the Agents Playground, end to end through the real host: Alex (user-id-0) asks for support in a
/// check-in and picks a colleague from the team's roster; the request reaches that colleague's own 1:1 chat (which the
/// bot opens through the team), the colleague presses "I have seen this", and Alex is told in Alex's chat.
/// </summary>
[Slow]
public sealed class SupportEndToEndTests(TeamChannelFixture fixture) : IClassFixture<TeamChannelFixture>
{
    private const string Colleague = "user-id-1";
    private const string About = "Planning a review with a family who disagree about risk";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(20);

    private PlaygroundClient Playground => fixture.Bot.Playground;

    private IServiceProvider Services => fixture.Bot.Services;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_support_request_reaches_the_named_colleagues_chat_and_their_acknowledgement_reaches_the_asker()
    {
        var colleague = await ColleagueAsync();
        var cycle = new CheckInCycle("e2e-support-" + Guid.NewGuid().ToString("N"), Playground.Config.TeamId, TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddDays(1), false);
        await Services.GetRequiredService<ICheckInStore>().SaveCycleAsync(cycle, Token);
        var personal = Playground.Config.PersonalChatId;
        var sent = await Playground.SendTextAsync(personal, "checkin", Token);
        var form = await Playground.WaitForBotMessageAsync(personal, sent.Cursor, m => HasVerb(m, CheckInVerbs.Submit), Token);

        var thanks = await ExecuteAsync(Playground.Config.CurrentUserId, form, CheckInVerbs.Submit,
            new() { [CheckInVerbs.CycleKey] = cycle.CycleId, ["confidence"] = "3", ["wants-support"] = "true" });
        Assert.Contains("Choose who I should ask for you", thanks.AllText, StringComparison.Ordinal);
        var choose = await ExecuteAsync(Playground.Config.CurrentUserId, thanks, SupportVerbs.Choose, []);
        var choices = choose.Cards.Single().ToJsonString();
        Assert.Contains(colleague.Name!, choices, StringComparison.Ordinal);
        Assert.Contains(SupportCards.AnonymousChoice, choices, StringComparison.Ordinal);
        var onItsWay = await ExecuteAsync(Playground.Config.CurrentUserId, choose, SupportVerbs.Ask,
            new() { [SupportVerbs.ToKey] = colleague.AadObjectId, [SupportVerbs.AboutKey] = About });
        Assert.Contains("Your request is on its way", onItsWay.AllText, StringComparison.Ordinal);

        var request = Assert.Single(await Services.GetRequiredService<ISupportRequestStore>().ListOpenForRecipientAsync(colleague.AadObjectId, Token));
        var key = OutboxMessage.KeyFor(OutboxSupportDelivery.CycleOf(request.Request.RequestId), Colleague, SupportDialog.RequestKind);
        await DrainWhenQueuedAsync(key);
        var chat = await Services.GetRequiredService<IConversationStore>().FindPersonalAsync(Colleague, Token);
        Assert.NotNull(chat);
        Assert.NotEqual(personal, chat.ConversationId);
        var delivered = await Services.GetRequiredService<IOutboxStore>().FindAsync(key, Token);
        Assert.True(delivered is { Status: OutboxStatus.Sent, SentActivityId: not null }, $"{delivered?.Status} {delivered?.LastErrorCode}");

        // The Playground pushes only chats its current user (Alex) is in, so the colleague's card is read from what the
        // connector accepted; pressing its button as user-id-1 proves it is held in their chat (the Playground refuses an
        // invoke whose message is not in that conversation, or whose sender is not a member of it: docs/playground.md).
        var card = new PlaygroundMessage(0, PlaygroundMessage.CreateMessage, chat.ConversationId, null, delivered!.SentActivityId!, Playground.Config.BotId,
            new JsonObject { ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = InvokeResult.CardType, ["content"] = JsonNode.Parse(fixture.Bot.DeliveredCard(key)!) }) });
        Assert.Contains("Alex Wilber would like some support", card.AllText, StringComparison.Ordinal);
        Assert.Contains(About, card.AllText, StringComparison.Ordinal);

        var seen = await ExecuteAsync(Colleague, card, SupportVerbs.Seen, []);
        Assert.Contains("I have told Alex Wilber that you have seen it", seen.AllText, StringComparison.Ordinal);
        var cursor = Playground.Cursor;
        await DrainWhenQueuedAsync(OutboxMessage.KeyFor(OutboxSupportDelivery.CycleOf(request.Request.RequestId), Playground.Config.CurrentUserId, SupportDialog.SeenKind));
        var told = await Playground.WaitForBotMessageAsync(personal, cursor, m => m.AllText.Contains("has seen your request", StringComparison.Ordinal), Token);
        Assert.Contains(colleague.Name!, told.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(About, told.AllText, StringComparison.Ordinal);
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

    private async Task DrainWhenQueuedAsync(string idempotencyKey)
    {
        var outbox = Services.GetRequiredService<IOutboxStore>();
        var deadline = TimeProvider.System.GetUtcNow() + Within;
        while (await outbox.FindAsync(idempotencyKey, Token) is null)
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"Nothing queued as {idempotencyKey} after {Within}.");
            await Task.Delay(100, Token);
        }

        await Services.GetRequiredService<DeliveryEngine>().DrainAsync(Token);
    }

    private static bool HasVerb(PlaygroundMessage message, string verb) => message.ExecuteActions().Any(b => b.Verb == verb);

    /// <summary>Presses the card's Action.Execute button with that verb as <paramref name="userId"/>, the inputs put into its data as Teams does.</summary>
    private async Task<PlaygroundMessage> ExecuteAsync(string userId, PlaygroundMessage card, string verb, Dictionary<string, string> inputs)
    {
        var button = card.ExecuteActions().FirstOrDefault(b => b.Verb == verb);
        Assert.True(button is not null, $"No {verb} button on the card:\n{card.AllText}");
        var data = button.Data?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        var result = await Playground.ExecuteAsAsync(userId, card, button with { Data = data }, Token);
        Assert.True(result.StatusCode == HttpStatusCode.OK, $"{verb}: {(int)result.StatusCode} {result.Body?.ToJsonString()}");
        Assert.True(result.Type == InvokeResult.CardType, $"{verb}: {result.Body?.ToJsonString()}");
        var message = card.Message.DeepClone().AsObject();
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = InvokeResult.CardType, ["content"] = result.Value!.DeepClone() });
        return card with { Message = message };
    }
}
