namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// A person stops a group of one-off notes, or turns it back on (decision 096). The person is the activity's sender; the
/// group a card names is accepted only when it is one of <see cref="NoteGroups.All"/>, else nothing is stored.
/// </summary>
public sealed class NoteStopChoice(INoteStops stops, TimeProvider timeProvider)
{
    public async Task<AdaptiveCard> StopAsync(string? groupName, string aadObjectId, string? teamsUserId, CancellationToken cancellationToken)
    {
        if (NoteGroups.Named(groupName) is not { } group)
        {
            return NoteStopCards.Refused();
        }

        await stops.StopAsync(new NoteStop(aadObjectId, group.Name, teamsUserId, timeProvider.GetUtcNow()), cancellationToken);
        return NoteStopCards.Stopped(group);
    }

    public async Task<AdaptiveCard> ResumeAsync(string? groupName, string aadObjectId, CancellationToken cancellationToken) =>
        await TurnBackOnAsync(groupName, aadObjectId, cancellationToken) is { } group ? NoteStopCards.Resumed(group) : NoteStopCards.Refused();

    /// <summary>Ends the person's stop of the named group; null, and nothing stored, when the name is not a known group.</summary>
    public async Task<NoteGroup?> TurnBackOnAsync(string? groupName, string aadObjectId, CancellationToken cancellationToken)
    {
        if (NoteGroups.Named(groupName) is not { } group)
        {
            return null;
        }

        await stops.ResumeAsync(aadObjectId, group.Name, cancellationToken);
        return group;
    }

    /// <summary>The groups the person stopped, in <see cref="NoteGroups.All"/>'s order, for the "my data" card.</summary>
    public async Task<IReadOnlyList<NoteGroup>> StoppedAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return [];
        }

        var names = (await stops.ListForPersonAsync(aadObjectId, cancellationToken)).Select(stop => stop.Group).ToHashSet(StringComparer.Ordinal);
        return [.. NoteGroups.All.Where(group => names.Contains(group.Name))];
    }
}
