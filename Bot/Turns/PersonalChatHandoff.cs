using OutcomesBot.Cards.Model;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// Opens the sender's 1:1 chat with the bot from a channel or group chat (Bot Connector create-conversation, which
/// Teams answers with the existing chat when there is one) and gives a turn that answers there, so a personal button
/// or command pressed in a channel leads to the right card in private instead of a toast. Null when Teams will not
/// open the chat (the app is not installed for the person, or no tenant is known): the caller then says how to do it.
/// </summary>
public sealed partial class PersonalChatHandoff(IConnectorClient connector, ILogger<PersonalChatHandoff> logger)
{
    /// <summary>
    /// The one answer to a personal command or button used outside the 1:1 chat when it cannot be opened there: how to
    /// open the chat, and what to type in it (when there is a command for it).
    /// </summary>
    public static string OpenChatYourself(string? command) => command is null
        ? "That one is personal, so it belongs in our 1:1 chat. Open a chat with me (OutcomesBot in the Chat list) and carry on there."
        : $"That one is personal, so it belongs in our 1:1 chat. Open a chat with me (OutcomesBot in the Chat list) and type {command} there.";

    /// <summary>The channel's line once a form asked for there is in the 1:1 chat: "I've sent you the form in our 1:1 chat."</summary>
    public static string SentToChat(string what) => $"I've sent you {what} in our 1:1 chat.";

    /// <summary>
    /// The channel's line when the 1:1 chat cannot be opened for a form, or Teams refused the form sent into it: why, and
    /// how to ask for it there (or, with no <paramref name="command"/>, to carry on there).
    /// </summary>
    public static string ChatUnreachable(string what, string? command) => command is null
        ? $"I couldn't send you {what}, because I can't reach our 1:1 chat. Find OutcomesBot in your Chat list (or add it from Apps) and carry on there."
        : $"I couldn't send you {what}, because I can't reach our 1:1 chat. Find OutcomesBot in your Chat list (or add it from Apps), then type {command} there.";

    /// <summary>
    /// The line for a personal command or button used in a channel whose answer Teams refused in the opened 1:1 chat
    /// (blocked, removed, throttled or down): <see cref="ChatUnreachable"/> about "that" (decision 071).
    /// </summary>
    public static string AnswerUnreachable(string? command) => ChatUnreachable("that", command);

    /// <summary>
    /// A form asked for in a channel or group chat (decision 066): it goes to the sender's 1:1 chat, and the conversation
    /// gets one line for them (an @mention) saying so. It is never posted where it was asked, not even when the chat
    /// cannot be opened or Teams refuses the form in it: then the line says how to ask for it in the chat
    /// (<paramref name="command"/>), decision 071.
    /// </summary>
    public async Task SendFormAsync(TurnContext shared, AdaptiveCard form, string what, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (await OpenAsync(shared, cancellationToken) is not { } chat)
        {
            await shared.SendTextToSenderAsync(ChatUnreachable(what, command), cancellationToken);
            return;
        }

        var sent = await TryInChatAsync(chat, token => chat.SendCardAsync(form, token), cancellationToken);
        await shared.SendTextToSenderAsync(sent ? SentToChat(what) : ChatUnreachable(what, command), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="answer"/> in the opened 1:1 chat <paramref name="chat"/>; false when Teams refused a send into it (the person blocked
    /// or removed the app, the chat is gone, or Teams is throttling or down after the connector's retries), logged with
    /// the status and code only. The caller then tells the person in the shared conversation (decision 071). A
    /// cancelled turn is not a refusal: its <see cref="OperationCanceledException"/> goes on to the turn's failure path.
    /// </summary>
    public async Task<bool> TryInChatAsync(TurnContext chat, Func<CancellationToken, Task> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            await answer(cancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The chat's turn context sends only into the chat, so a connector failure here is Teams refusing that send.
            LogChatSendRefused(logger, (int)exception.StatusCode, exception.ErrorCode);
            return false;
        }
    }

    public async Task<TurnContext?> OpenAsync(TurnContext shared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var activity = shared.Activity;
        var tenantId = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Recipient?.Id is not { Length: > 0 } || tenantId is null)
        {
            return null;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = tenantId } },
        };
        try
        {
            var created = await connector.CreateConversationAsync(shared.ServiceUrl, parameters, cancellationToken);
            // Sent through the channel activity's serviceUrl, which passed the door's allow-list; a returned one is not trusted.
            var personal = activity with
            {
                Id = null,
                ReplyToId = null,
                Conversation = new ConversationAccount { Id = created.Id, IsGroup = false, ConversationType = "personal", TenantId = tenantId },
                ChannelData = activity.ChannelData is { } data ? data with { Team = null, Channel = null } : null,
                Entities = null,
            };
            return new TurnContext(personal, connector);
        }
        catch (ConnectorException exception)
        {
            LogHandoffRefused(logger, (int)exception.StatusCode, exception.ErrorCode);
            return null;
        }
    }

    [LoggerMessage(EventId = 1450, Level = LogLevel.Information,
        Message = "Teams would not open a 1:1 chat for a channel button or command ({Status} {Code}); the person was told how to open it")]
    private static partial void LogHandoffRefused(ILogger logger, int status, string? code);

    [LoggerMessage(EventId = 1451, Level = LogLevel.Warning,
        Message = "Teams refused a card sent to a 1:1 chat opened for a channel button or command ({Status} {Code}); the person was told in the channel")]
    private static partial void LogChatSendRefused(ILogger logger, int status, string? code);
}
