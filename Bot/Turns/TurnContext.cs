using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Turns;

/// <summary>One incoming activity and the means to answer it in its conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    public string ConversationId => Activity.Conversation!.Id!;

    public string ServiceUrl => Activity.ServiceUrl!;

    /// <summary>True in channels and group chats, where the bot only hears messages that @mention it.</summary>
    public bool IsSharedConversation =>
        Activity.Conversation?.IsGroup == true || Activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>
    /// The sender's Teams id when this is their 1:1 chat with the bot; null in channels and group chats, where
    /// personal answers (exercises, check-ins) must not be asked for or shown.
    /// </summary>
    public string? PersonalSenderId =>
        !IsSharedConversation && Activity.From?.Id is { Length: > 0 } id ? id : null;

    /// <summary>
    /// <see cref="PersonalSenderId"/> for the handlers of personal-only commands and buttons: the dispatchers hold those
    /// to the 1:1 chat, so a missing id here is a routing mistake, not something a person did.
    /// </summary>
    public string PersonalSender => PersonalSenderId
        ?? throw new InvalidOperationException("A personal-only handler ran outside a 1:1 chat; the dispatcher holds personal commands and buttons to it.");

    /// <summary>The sender as stored once this turn's sighting is recorded (<see cref="Events.ConversationTracker"/>).</summary>
    public Person? StoredSender { get; internal set; }

    /// <summary>
    /// The stored person with Teams id <paramref name="personId"/>: the sender recorded at the start of this turn, so a
    /// handler does not read again what the turn has just read, else whatever <paramref name="people"/> holds.
    /// </summary>
    public ValueTask<Person?> StoredPersonAsync(IPersonStore people, string personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        return StoredSender is { } sender && string.Equals(sender.TeamsUserId, personId, StringComparison.Ordinal)
            ? ValueTask.FromResult<Person?>(sender)
            : new ValueTask<Person?>(people.GetAsync(personId, cancellationToken));
    }

    /// <summary>Sends a message to the conversation; a reply to the incoming message when there is one.</summary>
    public Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Effect(() => Activity.Type == ActivityTypes.Message && Activity.Id is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(ServiceUrl, ConversationId, replyToId, reply, cancellationToken)
            : connector.SendToConversationAsync(ServiceUrl, ConversationId, reply, cancellationToken), cancellationToken);
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Replies.Text(Activity, text), cancellationToken);

    /// <summary>Text that @mentions the sender first (<see cref="Replies.TextToSender"/>): for a channel answer meant for one person.</summary>
    public Task<ResourceResponse> SendTextToSenderAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Replies.TextToSender(Activity, text), cancellationToken);

    public Task<ResourceResponse> SendCardAsync(AdaptiveCard card, CancellationToken cancellationToken) =>
        SendAsync(Replies.Card(Activity, card), cancellationToken);

    /// <summary>Replaces a card the bot sent earlier (the Action.Submit path, which has no invoke response).</summary>
    public Task<ResourceResponse> UpdateCardAsync(string activityId, AdaptiveCard card, CancellationToken cancellationToken) =>
        Effect(() => connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, Replies.Card(Activity, card) with { Id = activityId }, cancellationToken), cancellationToken);

    /// <summary>
    /// Says that this turn's answer must not be kept for Teams' redelivery (it holds a download link, or a draft with
    /// its identifying details highlighted): a redelivery gets a short note instead. See <see cref="StoredReply"/>.
    /// </summary>
    public void KeepReplyPrivate() => ReplyIsPrivate = true;

    public bool ReplyIsPrivate { get; private set; }

    // What Teams has accepted is done: a retry of this turn must not send it again (TurnScope). What the turn wrote and its
    // store held for the completion is stored first, so that nothing is shown to the person that is not stored (decision 042).
    private static async Task<ResourceResponse> Effect(Func<Task<ResourceResponse>> send, CancellationToken cancellationToken)
    {
        if (TurnScope.Current?.HeldWrites is { Any: true } held)
        {
            await held.StoreAsync(cancellationToken);
        }

        var sent = await send();
        TurnScope.Current?.RecordEffect();
        return sent;
    }
}
