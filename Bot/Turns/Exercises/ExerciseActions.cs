using System.Text.Json;
using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>
/// The exercise buttons. Exercises hold personal answers, so they run only in the person's 1:1 chat with the bot;
/// the person is always the sender of the activity, never anyone named in the card's data.
/// </summary>
public sealed class ExerciseActions(ExerciseEngine engine, ExerciseSharing sharing) : ICardActionHandler
{
    internal const string PersonalOnly =
        "Exercises are personal, so I run them in our 1:1 chat: open a chat with me and type **exercises**.";

    public bool CanHandle(string verb) => ExerciseVerbs.IsExerciseVerb(verb);

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (turn.IsSharedConversation || string.IsNullOrEmpty(turn.Activity.From?.Id))
        {
            return CardActionResult.Say(PersonalOnly);
        }

        var exerciseRequest = new ExerciseRequest(turn.Activity.From.Id, request.Verb, AsText(request.Data)) { PersonName = turn.Activity.From.Name };
        var card = ExerciseSharing.Handles(request.Verb)
            ? await sharing.HandleAsync(exerciseRequest, cancellationToken)
            : await engine.HandleAsync(exerciseRequest, cancellationToken);
        return CardActionResult.ShowCard(card);
    }

    /// <summary>Card data and inputs as text: strings as they are, numbers and booleans as written; objects are dropped.</summary>
    internal static Dictionary<string, string> AsText(IReadOnlyDictionary<string, JsonElement> data)
    {
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    text[key] = value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    text[key] = value.GetRawText();
                    break;
                default:
                    break;
            }
        }

        return text;
    }
}
