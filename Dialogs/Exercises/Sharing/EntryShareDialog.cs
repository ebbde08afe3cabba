using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// "Send this entry to one person" (for example a supervisor): the owner of a finished entry picks one member of one of
/// their teams (the support roster picker), sees exactly the card that person will get, and Send queues it in the outbox
/// for that one person's 1:1 chat, never a channel. Every press checks again on the server that the entry is the
/// sender's own finished run and that the person is in one of the sender's teams and reachable; a tampered or missing
/// person is answered with what is wrong, and nothing is stored or sent. The record of the share (no entry text) is
/// the sender's data. Decision 034.
/// </summary>
public sealed class EntryShareDialog(
    ExerciseEngine engine, IExerciseSessionStore sessions, ITeamStore teams, SupportPeople people, IEntryShareStore store, ISupportDelivery delivery, INamePressLimit lookUps, TimeProvider time)
{
    public const string DeliveredKind = "shared-entry-delivered";

    internal const string NotYourEntry = "That entry is not one of your finished entries, so it cannot be sent. It may be from an old message, or the card was changed.";
    internal const string NotInYourTeams = "The person on that card is not someone in your teams I can reach, so the entry was not sent. Please pick someone from the list.";
    internal const string NobodyPicked = "Please pick the person to send it to.";
    internal const string SentBefore = "That card has already been used for a different entry or person. Press Send this entry again to start over.";

    public async Task<AdaptiveCard> HandleAsync(SupportAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var sessionId = action.Values.GetValueOrDefault(ExerciseVerbs.SessionKey);
        var session = string.IsNullOrEmpty(sessionId) ? null : await sessions.GetAsync(action.PersonId, sessionId, cancellationToken);
        if (session is not { Status: ExerciseSessionStatus.Completed } || engine.Find(session.ExerciseId) is not { } exercise
            || !ExerciseSharing.IsShareable(exercise.Info.Id))
        {
            return EntryShareCards.Refused(NotYourEntry);
        }

        var to = action.Values.GetValueOrDefault(EntryShareVerbs.ToKey);
        if (action.Verb == EntryShareVerbs.Pick)
        {
            return Picker(exercise, session, action, PeopleOffer.Of(await ReachableAsync(action.AadObjectId, cancellationToken)));
        }

        // A name typed on a large team's card counts only when nobody was picked from the list.
        var name = PersonNameMatch.Typed(action.Values.GetValueOrDefault(EntryShareVerbs.NameKey));
        if (string.IsNullOrWhiteSpace(to) && name.Length > 0)
        {
            if (await lookUps.TryLookUpAsync(action.AadObjectId, action.PersonId, cancellationToken) is var allowance and not NameLookUpAllowance.Allowed)
            {
                // Over a limit (decisions 082, 085) nothing is read: the name stays in its box, nobody is listed until the next press.
                return Picker(exercise, session, action, new PeopleOffer([], AsksForName: true), NameLookup.Refusal(allowance), name);
            }

            // The sender's teams are read once: the "no one is called" card names them from the same list.
            var teamIds = await TeamsOfAsync(action.AadObjectId, cancellationToken);
            var found = await NameLookup.FindAsync(
                await ReachableAsync(teamIds, action.AadObjectId, cancellationToken), name, () => WhereAsync(teamIds, cancellationToken));
            if (found.Person is not { } person)
            {
                return Picker(exercise, session, action, found.Offer, found.Problem, name);
            }

            to = person.Member.AadObjectId;
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            return Picker(exercise, session, action, PeopleOffer.Of(await ReachableAsync(action.AadObjectId, cancellationToken)), NobodyPicked, name);
        }

        if (await PickedAsync(action.AadObjectId, to, cancellationToken) is not { } picked)
        {
            return EntryShareCards.Refused(NotInYourTeams);
        }

        var now = time.GetUtcNow();
        if (action.Verb == EntryShareVerbs.Preview)
        {
            var shareId = Guid.CreateVersion7(now).ToString("N");
            var card = EntryShareCards.ForRecipient(exercise, session, action.Name, now, Zone(action));
            return EntryShareCards.Preview(card, session, picked.Member.Name ?? "your colleague", picked.Member.AadObjectId, shareId);
        }

        return await SendAsync(action, exercise, session, picked, now, cancellationToken);
    }

    private async Task<AdaptiveCard> SendAsync(SupportAction action, IExercise exercise, ExerciseSession session, (TeamMember Member, Team? Team) picked, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shareId = action.Values.GetValueOrDefault(EntryShareCards.ShareKey);
        if (shareId is not { Length: 32 } || !shareId.All(char.IsAsciiHexDigitLower))
        {
            return EntryShareCards.Refused(SentBefore);
        }

        var member = picked.Member;
        var share = new EntryShare(shareId, picked.Team?.TenantId ?? action.TenantId ?? "", action.PersonId, action.AadObjectId, action.Name,
            member.TeamsUserId!, member.AadObjectId, member.Name, session.SessionId, session.ExerciseId, now);
        if (!await store.TryAddAsync(share, cancellationToken))
        {
            // Send pressed twice: the first press stored and queued it; a card changed to reuse another share is refused.
            var stored = await store.GetAsync(shareId, cancellationToken);
            if (stored is null || stored.SenderId != action.PersonId || stored.SessionId != session.SessionId
                || !string.Equals(stored.RecipientAadObjectId, member.AadObjectId, StringComparison.OrdinalIgnoreCase))
            {
                return EntryShareCards.Refused(SentBefore);
            }

            share = stored;
        }

        var card = EntryShareCards.ForRecipient(exercise, session, share.SenderName, share.SharedAt, Zone(action));
        await delivery.EnqueueAsync(share.ShareId, share.RecipientId, share.TenantId, SupportDialog.SharedEntryKind, card, new PersonIdentity(share.SenderId, share.SenderAadObjectId), cancellationToken);
        return EntryShareCards.Sent(share.RecipientName ?? "your colleague");
    }

    // The sender's dates: the day they wrote the entry and sent it, by their clock.
    private static TimeZoneInfo Zone(SupportAction action) => CheckIns.CheckInTiming.PersonZone(action.TimeZone);

    private static AdaptiveCard Picker(IExercise exercise, ExerciseSession session, SupportAction action, PeopleOffer offer, string? problem = null, string? name = null) =>
        EntryShareCards.Picker(exercise, session, offer.Listed, problem, Zone(action), offer.AsksForName, name);

    /// <summary>Everyone the sender may pick, from all of their teams, each once.</summary>
    private async Task<IReadOnlyList<ReachablePerson>> ReachableAsync(string? aadObjectId, CancellationToken cancellationToken) =>
        await ReachableAsync(await TeamsOfAsync(aadObjectId, cancellationToken), aadObjectId, cancellationToken);

    private async Task<IReadOnlyList<ReachablePerson>> ReachableAsync(IReadOnlyList<string> teamIds, string? aadObjectId, CancellationToken cancellationToken)
    {
        // A set, not a search of the list so far: that was one comparison per pair, 50 million for a team of 10,000.
        var reachable = new List<ReachablePerson>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var teamId in teamIds)
        {
            reachable.AddRange((await people.ReachableAsync(teamId, aadObjectId, cancellationToken)).Where(person => seen.Add(person.Member.AadObjectId)));
        }

        return reachable;
    }

    /// <summary>The sender's team by name when they have one, else "your teams".</summary>
    private async Task<string> WhereAsync(IReadOnlyList<string> teamIds, CancellationToken cancellationToken) =>
        teamIds is [var only] && await teams.GetTeamAsync(only, cancellationToken) is { Name: { Length: > 0 } name }
            ? name
            : "your teams";

    /// <summary>The person picked when they are reachable and in one of the sender's teams (checked on the stored roster); else null.</summary>
    private async Task<(TeamMember Member, Team? Team)?> PickedAsync(string? aadObjectId, string to, CancellationToken cancellationToken)
    {
        foreach (var teamId in await TeamsOfAsync(aadObjectId, cancellationToken))
        {
            if (await people.PickedAsync(teamId, aadObjectId, to, cancellationToken) is { } picked)
            {
                return (picked.Member, await teams.GetTeamAsync(teamId, cancellationToken));
            }
        }

        return null;
    }

    private async Task<IReadOnlyList<string>> TeamsOfAsync(string? aadObjectId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(aadObjectId) ? [] : [.. (await teams.ListMembershipsAsync(aadObjectId, cancellationToken)).Select(m => m.TeamId).Distinct(StringComparer.Ordinal)];
}
