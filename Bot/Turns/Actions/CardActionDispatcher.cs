using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// Reads the verb and data of a card action and hands it to the handler that owns the verb (<see cref="VerbTable"/>).
/// Action.Execute is answered in the invoke response, which only the presser sees; Action.Submit (clients without
/// Universal Actions) by updating the card. In a channel or group chat that card is everyone's, so a Submit updates it
/// only with an answer marked for everyone (<see cref="CardActionResult.IsForEveryone"/>); any other answer goes to the
/// presser's 1:1 chat and the thread gets a note (decision 050). The declared scope is held here and nowhere else: a
/// personal-only button pressed in a channel that opens something (an exercise, a check-in, momentum, a story) opens it
/// in the presser's 1:1 chat; any other personal-only button pressed there is answered with how to open the chat. An
/// invoke's message shows as a plain-text toast, so it carries no markdown.
/// </summary>
public sealed class CardActionDispatcher(VerbTable table, PersonalChatHandoff handoff)
{
    public const string VerbKey = "verb";
    internal static string UnknownButton(bool inSharedConversation) =>
        $"That button isn't one I recognise. It may be on an old card: {CommandHint.InSentence("help", inSharedConversation)} to see what I can do now.";
    internal const string OpenedInChat = "I've opened it in our 1:1 chat, so it stays private.";

    public async Task<AdaptiveCardInvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = Property(turn.Activity.Value, "action");
        var verb = Property(action, VerbKey) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
        var request = new CardActionRequest(verb ?? string.Empty, ReadData(Property(action, "data")), IsInvoke: true, turn.Activity.ReplyToId);
        var result = await DispatchAsync(turn, request, cancellationToken);

        // In a channel or group chat an answer is the presser's unless it is for everyone (decision 050). Kept for a
        // redelivery it would sit under the shared conversation, where their "delete my data" never looks (decision 058).
        if (result.IsPrivate || (turn.IsSharedConversation && !result.IsForEveryone))
        {
            turn.KeepReplyPrivate();
        }

        return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message);
    }

    public async Task HandleSubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var data = ReadData(turn.Activity.Value);
        var verb = data.TryGetValue(VerbKey, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var request = new CardActionRequest(verb ?? string.Empty, data, IsInvoke: false, turn.Activity.ReplyToId);
        var result = await DispatchAsync(turn, request, cancellationToken);
        if (turn.IsSharedConversation && !result.IsForEveryone)
        {
            result = await AnswerInChatAsync(turn, result, cancellationToken);
        }

        await ShowAsync(turn, result, request.CardActivityId, cancellationToken);
    }

    private async Task<CardActionResult> DispatchAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var found = string.IsNullOrWhiteSpace(request.Verb) ? null : table.Find(request.Verb);
        TurnTelemetry.SetHandler(found?.Handler.GetType().Name ?? "none");
        if (found is not (var handler, var prefix))
        {
            return CardActionResult.SayToEveryone(UnknownButton(turn.IsSharedConversation));
        }

        if (prefix.Scopes != CommandScopes.Personal || turn.PersonalSenderId is not null)
        {
            return await handler.HandleAsync(turn, request, cancellationToken);
        }

        return turn.IsSharedConversation && prefix.OpensInChat
            ? await OpenInChatAsync(turn, handler, request, prefix.Command!, cancellationToken)
            : CardActionResult.SayToEveryone(PersonalChatHandoff.OpenChatYourself(prefix.Command?.Name));
    }

    private async Task<CardActionResult> OpenInChatAsync(TurnContext turn, ICardActionHandler handler, CardActionRequest request, BotCommand command, CancellationToken cancellationToken)
    {
        if (await handoff.OpenAsync(turn, cancellationToken) is not { } chat)
        {
            return CardActionResult.SayToEveryone(PersonalChatHandoff.OpenChatYourself(command.Name));
        }

        // The channel's card stays as it was: the answer is a new card in the 1:1 chat, not a replacement.
        var shown = await handoff.TryInChatAsync(chat, async token =>
        {
            var result = await handler.HandleAsync(chat, request with { CardActivityId = null }, token);
            await ShowAsync(chat, result, cardActivityId: null, token);
        }, cancellationToken);
        return CardActionResult.SayToEveryone(shown ? OpenedInChat : PersonalChatHandoff.AnswerUnreachable(command.Name));
    }

    /// <summary>
    /// A Submit's answer for the presser alone, pressed where everyone sees the card: Action.Execute would have shown it
    /// to them only, so it goes to their 1:1 chat and the shared card stays as it was. Whatever they typed on the card
    /// (a learning-set answer, before it is saved or its identifying details are confirmed) never reaches the channel.
    /// </summary>
    private async Task<CardActionResult> AnswerInChatAsync(TurnContext shared, CardActionResult result, CancellationToken cancellationToken)
    {
        if (result.Card is null && string.IsNullOrEmpty(result.Message))
        {
            return result;
        }

        if (await handoff.OpenAsync(shared, cancellationToken) is not { } chat)
        {
            return CardActionResult.SayToEveryone(PersonalChatHandoff.OpenChatYourself(null));
        }

        var shown = await handoff.TryInChatAsync(chat, token => ShowAsync(chat, result, cardActivityId: null, token), cancellationToken);
        return CardActionResult.SayToEveryone(shown ? OpenedInChat : PersonalChatHandoff.AnswerUnreachable(null));
    }

    /// <summary>Shows an answer in <paramref name="turn"/>'s conversation: a card replaces the pressed one when there is one, else is sent.</summary>
    private static async Task ShowAsync(TurnContext turn, CardActionResult result, string? cardActivityId, CancellationToken cancellationToken)
    {
        if (result.Card is { } card)
        {
            if (cardActivityId is { Length: > 0 } cardId)
            {
                await turn.UpdateCardAsync(cardId, card, cancellationToken);
            }
            else
            {
                await turn.SendCardAsync(card, cancellationToken);
            }
        }
        else if (!string.IsNullOrEmpty(result.Message))
        {
            await turn.SendTextAsync(result.Message, cancellationToken);
        }
    }

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var value) ? value : null;

    private static Dictionary<string, JsonElement> ReadData(JsonElement? element)
    {
        var data = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (element is { ValueKind: JsonValueKind.Object } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                data[property.Name] = property.Value.Clone();
            }
        }

        return data;
    }
}
