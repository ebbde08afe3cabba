using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// Support that reaches someone. After a check-in that asked for support, the person picks a colleague of the same team
/// (checked against the stored roster here, whatever the card sent) or keeps it anonymous. A named request is stored and
/// sent to the recipient's 1:1 chat through the outbox; when the recipient presses "I have seen this", the asker is told
/// in theirs. Only the recipient ever sees the asker's name and words; an anonymous request stores nothing beyond the
/// check-in answer, which counts in the team's totals as before.
/// </summary>
public sealed class SupportDialog(
    ICheckInStore checkIns, ITeamStore teams, SupportPeople people, ISupportRequestStore store, ISupportDelivery delivery, INamePressLimit lookUps, TimeProvider time)
{
    public const int AboutMaxLength = 500;
    public const string RequestKind = "support-request";
    public const string SeenKind = "support-seen";
    public const string SharedEntryKind = "shared-entry";

    internal const string NoSupportAsked = "That check-in did not ask for support, or it is not yours. Tick \"I would like some support\" in your check-in first.";
    internal const string NotYours = "That support request was not sent to you, so nothing was changed.";
    internal const string Gone = "That support request is no longer here: the person who asked may have deleted their data.";
    internal const string NoLongerInTeam = "You are no longer in the team this check-in was for, so I can't send your request to anyone in it.";

    public Task<AdaptiveCard> HandleAsync(SupportAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Verb switch
        {
            SupportVerbs.Choose => ChooseAsync(action, null, cancellationToken),
            SupportVerbs.Ask => AskAsync(action, cancellationToken),
            SupportVerbs.Seen => RecipientAsync(action, done: false, cancellationToken),
            SupportVerbs.Done => RecipientAsync(action, done: true, cancellationToken),
            _ => ListAsync(action, cancellationToken),
        };
    }

    private async Task<AdaptiveCard> ChooseAsync(SupportAction action, string? problem, CancellationToken cancellationToken, PeopleOffer? offer = null)
    {
        if (await AnswerAsync(action, cancellationToken) is not { } answer)
        {
            return SupportCards.Refused(NoSupportAsked);
        }

        if (!await StillInTeamAsync(answer, action, cancellationToken))
        {
            return SupportCards.Refused(NoLongerInTeam);
        }

        offer ??= answer.TeamId is { } teamId ? PeopleOffer.Of(await people.ReachableAsync(teamId, action.AadObjectId, cancellationToken)) : new([], false);

        // Sent back with a problem, nothing the person wrote, typed or picked is lost.
        var about = problem is null ? null : PlainText.Clean(action.Values.GetValueOrDefault(SupportVerbs.AboutKey)).Trim();
        var picked = problem is null ? null : action.Values.GetValueOrDefault(SupportVerbs.ToKey);
        return SupportCards.Choose(answer.CycleId, offer.Listed, problem, about, picked, offer.AsksForName, problem is null ? null : TypedName(action));
    }

    private async Task<AdaptiveCard> AskAsync(SupportAction action, CancellationToken cancellationToken)
    {
        if (await AnswerAsync(action, cancellationToken) is not { } answer)
        {
            return SupportCards.Refused(NoSupportAsked);
        }

        var to = action.Values.GetValueOrDefault(SupportVerbs.ToKey);
        if (to == SupportVerbs.Anonymous)
        {
            return SupportCards.KeptAnonymous(answer.TeamId is not null);
        }

        if (!await StillInTeamAsync(answer, action, cancellationToken))
        {
            return SupportCards.Refused(NoLongerInTeam);
        }

        var about = PlainText.Clean(action.Values.GetValueOrDefault(SupportVerbs.AboutKey)).Trim();
        if (about.Length > AboutMaxLength)
        {
            return await ChooseAsync(action, $"Please keep it to {AboutMaxLength} characters.", cancellationToken);
        }

        // A name typed on a large team's card counts only when nobody was picked from the list.
        if (string.IsNullOrWhiteSpace(to) && answer.TeamId is { } team && TypedName(action) is { Length: > 0 } name)
        {
            if (await lookUps.TryLookUpAsync(action.AadObjectId, action.PersonId, cancellationToken) is var allowance and not NameLookUpAllowance.Allowed)
            {
                // Over the limit nothing is read: the card keeps what was typed and lists nobody until the next press.
                return await ChooseAsync(action, NameLookup.Refusal(allowance), cancellationToken, new PeopleOffer([], AsksForName: true));
            }

            var found = await NameLookup.FindAsync(
                await people.ReachableAsync(team, action.AadObjectId, cancellationToken),
                name,
                async () => (await teams.GetTeamAsync(team, cancellationToken))?.Name ?? "your team");
            if (found.Person is not { } person)
            {
                return await ChooseAsync(action, found.Problem, cancellationToken, found.Offer);
            }

            to = person.Member.AadObjectId;
        }

        var picked = answer.TeamId is { } teamId ? await people.PickedAsync(teamId, action.AadObjectId, to, cancellationToken) : null;
        if (picked is not { } chosen)
        {
            return await ChooseAsync(action, "Please pick someone from the list, or keep it anonymous.", cancellationToken);
        }

        var named = await SendAsync(action, answer, chosen.Member, about, cancellationToken);

        // The check-in keeps what kind of person was asked (a role, never a name), for the team's anonymous themes.
        await checkIns.SaveAnswerAsync(answer with { SupportFrom = "my " + SupportPeople.Describe(chosen.Role) }, cancellationToken);
        return SupportCards.Sent(named.Recipient.RecipientName ?? "your colleague");
    }

    private static string TypedName(SupportAction action) => PersonNameMatch.Typed(action.Values.GetValueOrDefault(SupportVerbs.NameKey));

    private async Task<NamedSupportRequest> SendAsync(SupportAction action, CheckInAnswer answer, TeamMember member, string about, CancellationToken cancellationToken)
    {
        var team = await teams.GetTeamAsync(answer.TeamId!, cancellationToken);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now).ToString("N");
        var request = new SupportRequest(id, team?.TenantId ?? action.TenantId ?? "", answer.TeamId!, action.PersonId, action.AadObjectId, action.Name, about.Length == 0 ? null : about, now);
        var recipient = new SupportRecipient(id, member.TeamsUserId!, member.AadObjectId, member.Name, now);
        await store.TryAddAsync(request, recipient, cancellationToken);
        var named = new NamedSupportRequest(request, recipient);
        await delivery.EnqueueAsync(id, recipient.RecipientId, request.TenantId, RequestKind, SupportCards.ForRecipient(named, team?.Name), new PersonIdentity(request.AskerId, request.AskerAadObjectId), cancellationToken);
        return named;
    }

    private async Task<AdaptiveCard> RecipientAsync(SupportAction action, bool done, CancellationToken cancellationToken)
    {
        var named = await store.GetAsync(action.Values.GetValueOrDefault(SupportVerbs.RequestKey) ?? "", cancellationToken);
        if (named is null)
        {
            return SupportCards.Refused(Gone);
        }

        if (!string.Equals(named.Recipient.RecipientAadObjectId, action.AadObjectId, StringComparison.OrdinalIgnoreCase)
            && named.Recipient.RecipientId != action.PersonId)
        {
            return SupportCards.Refused(NotYours);
        }

        var now = time.GetUtcNow();

        // Done implies seen: the asker hears once, whichever button came first.
        if (await store.MarkSeenAsync(named.Request.RequestId, now, cancellationToken))
        {
            await delivery.EnqueueAsync(named.Request.RequestId, named.Request.AskerId, named.Request.TenantId, SeenKind,
                SupportCards.SeenByRecipientNamedAtSend(named.Recipient.RecipientAadObjectId, named.Recipient.RecipientName), null, cancellationToken);
        }

        if (done)
        {
            await store.MarkDoneAsync(named.Request.RequestId, now, cancellationToken);
        }

        return SupportCards.Acknowledged(await store.GetAsync(named.Request.RequestId, cancellationToken) ?? named);
    }

    private async Task<AdaptiveCard> ListAsync(SupportAction action, CancellationToken cancellationToken)
    {
        var open = string.IsNullOrWhiteSpace(action.AadObjectId) ? [] : await store.ListOpenForRecipientAsync(action.AadObjectId, cancellationToken);
        return SupportCards.List(open, CheckInTiming.PersonZone(action.TimeZone));
    }

    // The answer keeps the team it was given for, but the team's people are offered only to someone still in it: a
    // leaver's old card must not list, find by name, or reach the team's current roster (decision 074).
    private async Task<bool> StillInTeamAsync(CheckInAnswer answer, SupportAction action, CancellationToken cancellationToken) =>
        answer.TeamId is not { } teamId || await teams.HasMemberAsync(teamId, action.AadObjectId, action.PersonId, cancellationToken);

    /// <summary>The sender's own answer to the named cycle, when it asked for support.</summary>
    private async Task<CheckInAnswer?> AnswerAsync(SupportAction action, CancellationToken cancellationToken)
    {
        var cycleId = action.Values.GetValueOrDefault(SupportVerbs.CycleKey);
        var answer = string.IsNullOrEmpty(cycleId) ? null : await checkIns.GetAnswerAsync(cycleId, action.PersonId, cancellationToken);
        return answer is { WantsSupport: true } ? answer : null;
    }
}
