using OutcomesBot.Cards.Model;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// Sharing a finished exercise's summary with a team. Nothing leaves the person's chat unless they pick a channel
/// and press Share; the channel must be one offered to them, and only their own finished runs can be shared.
/// </summary>
public sealed class ExerciseSharing(ExerciseEngine engine, IExerciseSessionStore store, IShareDestinations destinations, ISummaryPublisher publisher, TimeProvider timeProvider)
{
    public const string DestinationKey = "destination";
    internal const string NoChannels = "I'm not in any team channel yet. Ask your team leader to add OutcomesBot to your team, then you can share from here.";

    public static bool Handles(string verb) => verb is ExerciseVerbs.SharePick or ExerciseVerbs.Share;

    public async Task<AdaptiveCard> HandleAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sessionId = request.Value(ExerciseVerbs.SessionKey);
        var session = string.IsNullOrEmpty(sessionId) ? null : await store.GetAsync(request.PersonId, sessionId, cancellationToken);
        if (session is not { Status: ExerciseSessionStatus.Completed } || engine.Find(session.ExerciseId) is not { } exercise)
        {
            return ExerciseCards.Notice("Something isn't right with that card", ExerciseEngine.UnknownCard);
        }

        var offered = await destinations.ListAsync(request.PersonId, cancellationToken);
        if (offered.Count == 0)
        {
            return ExerciseCards.Notice("Share with my team", NoChannels, Back(session));
        }

        if (request.Verb == ExerciseVerbs.SharePick)
        {
            return SharingCards.Picker(exercise, session, offered);
        }

        var destination = offered.FirstOrDefault(d => d.ConversationId == request.Value(DestinationKey));
        if (destination is null)
        {
            return SharingCards.Picker(exercise, session, offered, "Please pick one of the channels listed.");
        }

        await publisher.PublishAsync(destination.ConversationId, SharingCards.Shared(exercise, session, request.PersonName), cancellationToken);
        var shared = session with { SharedAt = timeProvider.GetUtcNow(), Version = session.Version + 1 };
        await store.TryUpdateAsync(shared, session.Version, cancellationToken);
        return ExerciseCards.Notice("Shared", $"Your {exercise.Info.Title.ToLowerInvariant()} summary is now in {destination.Title}. Your other answers stay private.", Back(shared));
    }

    private static ExecuteAction Back(ExerciseSession session) =>
        CardActions.Execute("Back to my summary", ExerciseVerbs.Summary, ExerciseCards.SessionData(session));
}
