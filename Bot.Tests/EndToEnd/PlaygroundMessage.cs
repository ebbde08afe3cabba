using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// One push from ws://.../_ws_conversation/v1/conversations/stream: <c>{ action, actionConversationId,
/// message }</c>, where action is createMessage or updateMessage. A bot's new post in a channel arrives with
/// the channel as actionConversationId and the thread it opened as message.postConversationId.
/// <see cref="Sequence"/> is 1 for the first bot message the client saw, 2 for the next, and so on.
/// </summary>
public sealed record PlaygroundMessage(
    long Sequence, string Action, string ConversationId, string? PostConversationId, string MessageId, string? FromId, JsonObject Message)
{
    public const string CreateMessage = "createMessage";
    public const string UpdateMessage = "updateMessage";

    public string? Text => StringOf(Message["text"]);

    /// <summary>The conversation that holds this message, which invokes and submits on its card must name.</summary>
    public string CardConversationId => PostConversationId ?? ConversationId;

    public IEnumerable<JsonNode> Cards =>
        (Message["attachments"]?.AsArray() ?? [])
            .Where(attachment => StringOf(attachment?["contentType"]) == InvokeResult.CardType && attachment?["content"] is not null)
            .Select(attachment => attachment!["content"]!);

    public static PlaygroundMessage? TryParse(long sequence, JsonNode? push)
    {
        if (push?["action"] is not JsonValue action || push["message"] is not JsonObject message)
        {
            return null;
        }

        return new PlaygroundMessage(
            sequence,
            StringOf(action) ?? string.Empty,
            StringOf(push["actionConversationId"]) ?? string.Empty,
            StringOf(message["postConversationId"]),
            StringOf(message["messageId"]) ?? string.Empty,
            StringOf(message["from"]?["id"]),
            message);
    }

    /// <summary>True for the conversation itself and, given a channel id, for every thread in it.</summary>
    public bool IsIn(string conversationId) =>
        ConversationId == conversationId
        || PostConversationId == conversationId
        || ConversationId.StartsWith(conversationId + ";", StringComparison.Ordinal);

    /// <summary>The words a person would read: the message text, TextBlocks, TextRuns and facts on its cards.</summary>
    public IReadOnlyList<string> Texts()
    {
        var texts = new List<string>();
        if (!string.IsNullOrEmpty(Text))
        {
            texts.Add(Text);
        }

        foreach (var card in Cards)
        {
            CollectTexts(card, texts);
        }

        return texts;
    }

    public string AllText => string.Join('\n', Texts());

    public IReadOnlyList<CardButton> ExecuteActions()
    {
        var buttons = new List<CardButton>();
        foreach (var card in Cards)
        {
            CollectButtons(card, buttons);
        }

        return buttons;
    }

    private static void CollectTexts(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectTexts(item, texts);
                }

                break;
            case JsonObject obj:
                var isFact = obj["type"] is null && obj["title"] is JsonValue && obj["value"] is JsonValue;
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue leaf && (key == "text" || (isFact && key is "title" or "value")))
                    {
                        texts.Add(leaf.ToString());
                    }
                    else
                    {
                        CollectTexts(value, texts);
                    }
                }

                break;
        }
    }

    private static void CollectButtons(JsonNode? node, List<CardButton> buttons)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectButtons(item, buttons);
                }

                break;
            case JsonObject obj:
                if (StringOf(obj["type"]) == "Action.Execute")
                {
                    buttons.Add(new CardButton(StringOf(obj["title"]) ?? string.Empty, StringOf(obj["verb"]) ?? string.Empty, obj["data"]?.DeepClone()));
                }

                foreach (var (_, value) in obj)
                {
                    CollectButtons(value, buttons);
                }

                break;
        }
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
