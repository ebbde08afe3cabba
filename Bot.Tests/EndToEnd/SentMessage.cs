namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// A message the test user posted. In a channel every new post opens a thread whose conversation id is
/// <c>{channelId};messageid={MessageId}</c>; the bot's reply arrives in that thread. <see cref="Cursor"/>
/// counts the bot messages that had arrived before this one was sent.
/// </summary>
public sealed record SentMessage(string ConversationId, string MessageId, string? PostConversationId, long Cursor)
{
    /// <summary>Where to wait for the bot's answer: the thread in a channel, else the conversation itself.</summary>
    public string ReplyConversationId => PostConversationId ?? ConversationId;
}
