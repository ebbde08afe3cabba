using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Turns.Exercises;

/// <summary>
/// The exercise buttons. Exercises hold personal answers, so they run only in the person's 1:1 chat with the bot;
/// the person is always the sender of the activity, never anyone named in the card's data.
/// </summary>
public sealed class ExerciseActions(ExerciseEngine engine, ExerciseSharing sharing, IPersonStore people) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal(ExerciseVerbs.Prefix, ExerciseCommands.Exercises), VerbPrefix.Opens(ExerciseVerbs.Menu, ExerciseCommands.Exercises), VerbPrefix.Opens(ExerciseVerbs.Intro, ExerciseCommands.Exercises)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var personId = turn.PersonalSender;
        var person = await turn.StoredPersonAsync(people, personId, cancellationToken);
        var exerciseRequest = new ExerciseRequest(personId, request.Verb, request.TextData()) { PersonName = turn.Activity.From?.Name, TimeZone = person?.TimeZone };
        var card = ExerciseSharing.Handles(request.Verb)
            ? await sharing.HandleAsync(exerciseRequest, cancellationToken)
            : await engine.HandleAsync(exerciseRequest, cancellationToken);
        // A learning-log note's answer may show the note again (when it could not be saved): never kept for a redelivery.
        return request.Verb == ExerciseVerbs.SaveNote ? CardActionResult.ShowPrivateCard(card) : CardActionResult.ShowCard(card);
    }
}
