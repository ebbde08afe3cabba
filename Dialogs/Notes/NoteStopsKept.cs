using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// The groups of notes a person stopped outlive "delete my data" (decision 104): the stop rows hold the stop alone (who,
/// which group, when), so the delete leaves them as they are. Both delete cards say so, read from the store; my data's
/// <see cref="NoteStopCards.TurnBackOnButton"/> ends one.
/// </summary>
public sealed class NoteStopsKept(NoteStopChoice choice) : IKeptStop
{
    /// <summary>The words for the kept stops of <paramref name="stopped"/>, in the order my data lists them.</summary>
    public static string Words(IReadOnlyList<NoteGroup> stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        var titles = stopped.Select(group => group.Title).ToList();
        var named = titles.Count == 1 ? titles[0] : $"{string.Join(", ", titles[..^1])} and {titles[^1]}";
        return $"a list of the notes you stopped ({named}), so they stay stopped. It holds nothing you wrote. "
            + $"Type **my data** and press **{NoteStopCards.TurnBackOnButton}** to get them again.";
    }

    public async Task<KeptStop?> DescribeAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var stopped = await choice.StoppedAsync(person.AadObjectId, cancellationToken);
        return stopped.Count == 0 ? null : new KeptStop(Words(stopped));
    }
}
