using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// A champion's stop of the weekly ask for a story outlives "delete my data" (decision 104): the row holds the stop alone
/// (who, which team, when), so the delete leaves it as it is, and a champion named again after the delete is still not
/// asked. Both delete cards say so, read from the store; <c>ask me for stories</c> ends it.
/// </summary>
public sealed class StoryAskStopsKept(IStoryAskStops stops) : IKeptStop
{
    public const string Words =
        "a note that you asked me not to ask you for stories, so I still won't. It holds nothing you wrote. Type **ask me for stories** to be asked again.";

    public async Task<KeptStop?> DescribeAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return string.IsNullOrWhiteSpace(person.AadObjectId) || (await stops.ListForPersonAsync(person.AadObjectId, cancellationToken)).Count == 0
            ? null
            : new KeptStop(Words);
    }
}
