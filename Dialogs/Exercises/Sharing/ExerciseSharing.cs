using OutcomesBot.Dialogs.Exercises.OutcomesBasics;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// Sharing a finished exercise's summary with a team, as stories are shared: pick a channel of a team you are in, the
/// summary's text is checked for identifying details (and stopped until the author confirms), a preview shows exactly
/// what will be posted, and Post queues it in the delivery outbox once. The author can take it down again. Every press
/// checks everything again on the server; only the sender's own finished runs can be shared, and outcomes-basics runs
/// (which carry a score) never.
/// </summary>
public sealed class ExerciseSharing(ExerciseEngine engine, IExerciseSessionStore store, IShareDestinations destinations, ISummaryPublisher publisher, TimeProvider timeProvider)
{
    public const string DestinationKey = "destination";
    public const string CheckedKey = "detailsChecked";
    public const string PostVersionKey = "postVersion";
    internal const string NoChannels = "I'm not in any team channel yet. Ask your team leader to add OutcomesBot to your team, then you can share from here.";
    internal const string NotShareable = "Outcomes basics gives you a score for your own learning. The guide says these exercises don't assess people, so its summary is not shared.";

    public static bool Handles(string verb) => verb is ExerciseVerbs.SharePick or ExerciseVerbs.Share or ExerciseVerbs.SharePost or ExerciseVerbs.ShareWithdraw;

    /// <summary>False for exercises whose summary must stay private (outcomes basics: a score).</summary>
    public static bool IsShareable(string exerciseId) => exerciseId != OutcomesBasicsExercise.Id;

    public async Task<AdaptiveCard> HandleAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sessionId = request.Value(ExerciseVerbs.SessionKey);
        var session = string.IsNullOrEmpty(sessionId) ? null : await store.GetAsync(request.PersonId, sessionId, cancellationToken);
        if (session is not { Status: ExerciseSessionStatus.Completed } || engine.Find(session.ExerciseId) is not { } exercise)
        {
            return ExerciseCards.Notice("Something isn't right with that card", ExerciseEngine.UnknownCard);
        }

        if (request.Verb == ExerciseVerbs.ShareWithdraw)
        {
            return await WithdrawAsync(request, session, cancellationToken);
        }

        if (!IsShareable(exercise.Info.Id))
        {
            return ExerciseCards.Notice("Share with my team", NotShareable, Back(session));
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

        // Preview and Post check the same way: Post never trusts that the card it came from was a checked preview.
        var findings = Findings(exercise, session);
        if (findings.Count > 0 && request.Value(CheckedKey) != "true")
        {
            return SharingCards.Picker(exercise, session, offered, findings: findings, chosen: destination.ConversationId);
        }

        return request.Verb == ExerciseVerbs.Share
            ? SharingCards.Preview(exercise, session, destination, request.PersonName, findings.Count > 0)
            : await PostAsync(exercise, session, destination, request, cancellationToken);
    }

    /// <summary>What a share would post that a person wrote, by field label: the free-text answers the summary shows.</summary>
    public static IReadOnlyList<FieldFindings> Findings(IExercise exercise, ExerciseSession session)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var texts = exercise.Steps.SelectMany(step => step.Fields).OfType<TextField>()
            .Select(field => (field.Label, Text: session.Answers[field.Id]))
            .Where(t => !string.IsNullOrWhiteSpace(t.Text))
            .Select(t => (t.Label, t.Text!));
        return FindingsBlock.Check(texts);
    }

    private async Task<AdaptiveCard> PostAsync(IExercise exercise, ExerciseSession session, ShareDestination destination, ExerciseRequest request, CancellationToken cancellationToken)
    {
        // The post's key is the session and the version the preview was drawn from: a second press of the same Post
        // button queues nothing more; sharing again later (a new preview) is a new post.
        var version = long.TryParse(request.Value(ExerciseVerbs.VersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v <= session.Version ? v : session.Version;
        var post = new ChannelPost(PostId(session.SessionId, version), destination.ConversationId, destination.TenantId) { Writer = new(request.PersonId, null) };
        await publisher.PublishAsync(post, SharingCards.Shared(exercise, session, request.PersonName), cancellationToken);
        var shared = session with { SharedAt = timeProvider.GetUtcNow(), Version = session.Version + 1 };
        var saved = version == session.Version && await store.TryUpdateAsync(shared, session.Version, cancellationToken);
        return SharingCards.Posted(exercise, saved ? shared : session, destination, version);
    }

    private async Task<AdaptiveCard> WithdrawAsync(ExerciseRequest request, ExerciseSession session, CancellationToken cancellationToken)
    {
        if (!long.TryParse(request.Value(PostVersionKey), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || request.Value(DestinationKey) is not { Length: > 0 } channel)
        {
            return ExerciseCards.Notice("Something isn't right with that card", ExerciseEngine.UnknownCard);
        }

        // The post id starts with the session id, and the session is the sender's own: nobody can take down another's post.
        var outcome = await publisher.WithdrawAsync(new ChannelPost(PostId(session.SessionId, version), channel, ""), cancellationToken);
        if (outcome is WithdrawOutcome.Removed or WithdrawOutcome.Stopped && session.SharedAt is not null)
        {
            await store.TryUpdateAsync(session with { SharedAt = null, Version = session.Version + 1 }, session.Version, cancellationToken);
        }

        return SharingCards.Withdrawn(outcome, session, request.Value(DestinationKey)!, version);
    }

    public static string PostId(string sessionId, long version) => string.Create(CultureInfo.InvariantCulture, $"share:{sessionId}:{version}");

    private static ExecuteAction Back(ExerciseSession session) =>
        CardActions.Execute("Back to my summary", ExerciseVerbs.Summary, ExerciseCards.SessionData(session));
}
