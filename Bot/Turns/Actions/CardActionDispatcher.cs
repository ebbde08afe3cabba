using OutcomesBot.Bot.Telemetry;
using System.Text.Json;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// Reads the verb and data of a card action and hands it to the handler that owns the verb. Action.Execute
/// is answered in the invoke response; Action.Submit (clients without Universal Actions) by updating the card.
/// </summary>
public sealed class CardActionDispatcher(IEnumerable<ICardActionHandler> handlers)
{
    public const string VerbKey = "verb";
    internal const string UnknownButton =
        "That button isn't one I recognise. It may be on an old card: type **help** to see what I can do now.";

    public async Task<AdaptiveCardInvokeResponse> HandleInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var action = Property(turn.Activity.Value, "action");
        var verb = Property(action, VerbKey) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
        var request = new CardActionRequest(verb ?? string.Empty, ReadData(Property(action, "data")), IsInvoke: true, turn.Activity.ReplyToId);
        var result = await DispatchAsync(turn, request, cancellationToken);
        if (result.IsPrivate)
        {
            turn.KeepReplyPrivate();
        }

        return result.Card is { } card ? AdaptiveCardInvokeResponse.Card(card) : AdaptiveCardInvokeResponse.Message(result.Message ?? string.Empty);
    }

    public async Task HandleSubmitAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var data = ReadData(turn.Activity.Value);
        var verb = data.TryGetValue(VerbKey, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var request = new CardActionRequest(verb ?? string.Empty, data, IsInvoke: false, turn.Activity.ReplyToId);
        var result = await DispatchAsync(turn, request, cancellationToken);
        if (result.Card is { } card)
        {
            if (request.CardActivityId is { Length: > 0 } cardId)
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

    private Task<CardActionResult> DispatchAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        var handler = string.IsNullOrWhiteSpace(request.Verb) ? null : handlers.FirstOrDefault(h => h.CanHandle(request.Verb));
        TurnTelemetry.SetHandler(handler?.GetType().Name ?? "none");
        return handler is null
            ? Task.FromResult(CardActionResult.Say(UnknownButton))
            : handler.HandleAsync(turn, request, cancellationToken);
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
