using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// The <c>story</c> command. In the 1:1 chat it opens the story card; in a team channel a leader or champion gets the
/// card in their 1:1 chat (through the outbox) with that channel already chosen, so that drafts never show in the channel.
/// </summary>
public sealed class StoryCommands(StoryDialog dialog, TeamRoles roles, IOutboxStore outbox, TimeProvider timeProvider) : ITextCommandHandler
{
    internal const string LeadersAndChampions =
        "Success stories are posted by the team's leaders and champions. You can offer one: open a chat with me and type **story**, and I'll send it to them for approval.";
    internal const string SentToChat =
        "I've sent you a card in our 1:1 chat to write the story. (If it doesn't arrive, open a chat with me and type **story**.)";

    public static BotCommand Stories { get; } = new("stories", "Write a success story: leaders and champions post it after a preview; team members send it to them for approval.", CommandAudience.Everyone, CommandScopes.Personal | CommandScopes.Channel, ["stories", "story", "share a story", "success story"])
    {
        Order = 90,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Stories];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        if (from?.AadObjectId is not { Length: > 0 } aadObjectId || from.Id is not { Length: > 0 } teamsUserId)
        {
            await turn.SendTextAsync(StoryActions.UnknownPerson, cancellationToken);
            return;
        }

        var tenantId = StoryActions.TenantOf(turn);
        if (turn.PersonalSenderId is not null)
        {
            var open = new StoryRequest(aadObjectId, from.Name, tenantId, StoryVerbs.Compose, new Dictionary<string, string>());
            await turn.SendCardAsync(await dialog.HandleAsync(open, cancellationToken), cancellationToken);
            return;
        }

        var teamId = turn.Activity.ChannelData?.Team?.Id;
        if (teamId is null || tenantId is null || await roles.RoleOfAsync(teamId, aadObjectId, cancellationToken) < TeamRole.Champion)
        {
            await turn.SendTextAsync(LeadersAndChampions, cancellationToken);
            return;
        }

        var channel = ConversationReferences.BaseConversationId(turn.ConversationId);
        var values = new Dictionary<string, string> { [StoryDraft.ChannelKey] = channel };
        var card = await dialog.HandleAsync(new StoryRequest(aadObjectId, from.Name, tenantId, StoryVerbs.Compose, values), cancellationToken);
        var message = OutboxMessage.Create($"story-compose:{turn.Activity.Id}", teamsUserId, tenantId, "story-compose", CardJson.Serialize(card), timeProvider.GetUtcNow());
        await outbox.EnqueueAsync([message], cancellationToken);
        await turn.SendTextAsync(SentToChat, cancellationToken);
    }
}
