using System.Text.Json.Nodes;

namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// Gathers a person's data from every <see cref="IPersonalDataSource"/> and deletes it from all of them. The caller
/// decides who the person is (always the sender of the activity), never the card. A stop the person made is left bare by
/// the sources' delete itself (decisions 079, 084); <see cref="IKeptStop"/> says what was, or will be, kept.
/// </summary>
public sealed class PersonalDataControl(IEnumerable<IPersonalDataSource> sources, IEnumerable<IKeptStop> keptStops, TimeProvider timeProvider)
{
    public const string About =
        "Everything OutcomesBot holds about you, one section per store. Team totals calculated from many people's answers "
        + "are not included: they are anonymous and hold nothing you wrote.";

    public async Task<JsonObject> ExportAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var data = new JsonObject();
        foreach (var source in sources)
        {
            data[source.Name] = await source.ExportAsync(person, cancellationToken);
        }

        return new JsonObject
        {
            ["about"] = About,
            ["exportedAt"] = timeProvider.GetUtcNow(),
            ["teamsUserId"] = person.TeamsUserId,
            ["aadObjectId"] = person.AadObjectId,
            ["sources"] = data,
        };
    }

    public async Task<IReadOnlyList<RemovedRows>> DeleteAsync(PersonIdentity person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var removed = new List<RemovedRows>();
        foreach (var source in sources)
        {
            removed.Add(new RemovedRows(source.Name, await source.DeleteAsync(person, cancellationToken)));
        }

        return removed;
    }

    /// <summary>
    /// What a delete keeps for the person, or kept: the stops they made, in the cards' words, read from the store
    /// (decisions 079, 084); a date in them is shown in <paramref name="timeZone"/>.
    /// </summary>
    public async Task<IReadOnlyList<KeptStop>> KeptStopsAsync(PersonIdentity person, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var kept = new List<KeptStop>();
        foreach (var stop in keptStops)
        {
            if (await stop.DescribeAsync(person, timeZone, cancellationToken) is { } described)
            {
                kept.Add(described);
            }
        }

        return kept;
    }
}
