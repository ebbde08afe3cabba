using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OutcomesBot.Bot.Tests.EndToEnd;

/// <summary>
/// Drives the Agents Playground without a browser, through the HTTP API its own page uses, and reads what
/// the bot sent from the Playground's WebSocket (it has no HTTP endpoint that lists a conversation's
/// messages). Acts as the Playground's current user.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly BotMessageInbox _inbox;

    private PlaygroundClient(HttpClient http, BotMessageInbox inbox, PlaygroundConfig config)
    {
        _http = http;
        _inbox = inbox;
        Config = config;
    }

    public PlaygroundConfig Config { get; }

    /// <summary>How long the wait methods wait for a bot message before they give up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many bot messages have arrived so far; pass it to the wait methods as "after".</summary>
    public long Cursor => _inbox.Cursor;

    /// <summary>Reads the Playground's ids and opens its WebSocket before anything is installed or sent.</summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            // testConfig answers at once; /_internal/v1/config first waits up to 15 s for the bot endpoint.
            var config = PlaygroundConfig.Parse((await http.GetFromJsonAsync<JsonNode>("_internal/v1/testConfig", cancellationToken))!);
            var inbox = await BotMessageInbox.OpenAsync(baseAddress, config.BotId, cancellationToken);
            return new PlaygroundClient(http, inbox, config);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Makes the Playground send installationUpdate (add) and conversationUpdate (bot added) to the bot.</summary>
    /// <returns>The cursor before the install, to wait for what the bot sends in answer.</returns>
    public async Task<long> InstallAsync(string conversationId, CancellationToken cancellationToken)
    {
        var cursor = Cursor;
        await PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject(), cancellationToken);
        return cursor;
    }

    public Task<long> InstallInPersonalChatAsync(CancellationToken cancellationToken) => InstallAsync(Config.PersonalChatId, cancellationToken);

    public Task<long> InstallInGroupChatAsync(CancellationToken cancellationToken) => InstallAsync(Config.GroupChatId, cancellationToken);

    /// <summary>Installs in the team; the events name the General channel, whose id is the team's id.</summary>
    public Task<long> InstallInTeamAsync(CancellationToken cancellationToken) => InstallAsync(Config.TeamId, cancellationToken);

    /// <summary>Posts plain text as the current user. The Playground forwards it to the bot only in the personal chat.</summary>
    public Task<SentMessage> SendTextAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        PostMessageAsync(conversationId, new JsonObject { ["text"] = text }, cancellationToken);

    /// <summary>Posts "@Bot text" with a mention entity: what a channel or group chat needs before the bot hears it.</summary>
    public Task<SentMessage> SendMentionAsync(string conversationId, string text, CancellationToken cancellationToken)
    {
        var mention = $"<at>{Config.BotName}</at>";
        return PostMessageAsync(
            conversationId,
            new JsonObject
            {
                ["text"] = $"{mention} {text}",
                ["mentions"] = new JsonArray(new JsonObject
                {
                    ["mentioned"] = new JsonObject { ["id"] = Config.BotId, ["name"] = Config.BotName },
                    ["text"] = mention,
                }),
            },
            cancellationToken);
    }

    /// <summary>Presses an Action.Execute button: the bot gets an adaptiveCard/action invoke and answers in the response.</summary>
    public Task<InvokeResult> ExecuteAsync(PlaygroundMessage card, CardButton button, CancellationToken cancellationToken) =>
        ExecuteAsAsync(Config.CurrentUserId, card, button, cancellationToken);

    /// <summary>Presses an Action.Execute button as another user of the Playground (user-id-1...5), in a chat they are a member of.</summary>
    public async Task<InvokeResult> ExecuteAsAsync(string userId, PlaygroundMessage card, CardButton button, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(button);
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = button.Title, ["verb"] = button.Verb };
        if (button.Data is not null)
        {
            action["data"] = button.Data.DeepClone();
        }

        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = userId },
            ["conversation"] = new JsonObject { ["id"] = card.CardConversationId },
            // The Playground refuses (400) an invoke whose replyToId is not a message it holds in that conversation.
            ["replyToId"] = card.MessageId,
            ["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" },
        };
        using var response = await _http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new InvokeResult(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Presses an Action.Submit button: the bot gets a message whose value holds the data and inputs.</summary>
    /// <returns>The cursor before the submit, to wait for what the bot sends in answer.</returns>
    public async Task<long> SubmitAsync(PlaygroundMessage card, JsonObject value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var cursor = Cursor;
        await PostAsync(
            "_conversation/v1/submit",
            new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = Config.CurrentUserId },
                ["conversation"] = new JsonObject { ["id"] = card.CardConversationId },
                ["replyToId"] = card.MessageId,
                ["value"] = value,
            },
            cancellationToken);
        return cursor;
    }

    /// <summary>Waits for the first bot message after <paramref name="after"/> in the conversation (or any thread of a channel).</summary>
    public Task<PlaygroundMessage> WaitForBotMessageAsync(string conversationId, long after, CancellationToken cancellationToken) =>
        WaitForBotMessageAsync(conversationId, after, _ => true, cancellationToken);

    /// <summary>Waits for the first bot message after <paramref name="after"/> in the conversation that matches.</summary>
    public Task<PlaygroundMessage> WaitForBotMessageAsync(
        string conversationId, long after, Func<PlaygroundMessage, bool> match, CancellationToken cancellationToken) =>
        _inbox.WaitAsync(conversationId, after, match, Timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _inbox.DisposeAsync();
        }
        finally
        {
            _http.Dispose();
        }
    }

    private async Task<SentMessage> PostMessageAsync(string conversationId, JsonObject body, CancellationToken cancellationToken)
    {
        var cursor = Cursor;
        body["from"] = new JsonObject { ["id"] = Config.CurrentUserId };
        body["textFormat"] = "plain";
        var answer = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        var json = JsonNode.Parse(answer)!;
        return new SentMessage(conversationId, (string)json["messageId"]!, (string?)json["postConversationId"], cursor);
    }

    private async Task<string> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return text;
    }
}
