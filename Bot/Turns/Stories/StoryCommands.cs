using OutcomesBot.Bot.Turns.Events;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// The <c>story</c> command. In the 1:1 chat it opens the story card; in a team channel a leader or champion gets the
/// card in their 1:1 chat with that channel already chosen, so that drafts never show in the channel, and the channel
/// gets one line for them saying where it went, or, when Teams will not open the chat, how to ask there (decision 066).
/// </summary>
public sealed class StoryCommands(StoryDialog dialog, TeamRoles roles, PersonalChatHandoff handoff) : ITextCommandHandler
{
    internal const string LeadersAndChampions =
        "Success stories are posted by the team's leaders and champions. You can offer one: open a chat with me and type **story**, and I'll send it to them for approval.";
    /// <summary>What the channel's line calls the card: "I've sent you the story form in our 1:1 chat."</summary>
    internal const string Form = "the story form";

    public static BotCommand Stories { get; } = new("stories", "Write a success story: leaders and champions post it after a preview; team members send it to them for approval.", CommandAudience.Everyone, CommandScopes.Personal | CommandScopes.Channel, ["stories", "story", "share a story", "success story"])
    {
        Order = 90,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Stories];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        if (from?.AadObjectId is not { Length: > 0 } aadObjectId || from.Id is not { Length: > 0 })
        {
            await turn.SendTextAsync(NamedSender.Unknown, cancellationToken);
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
        await handoff.SendFormAsync(turn, card, Form, "story", cancellationToken);
    }
}
