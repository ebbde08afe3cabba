using System.Text.Json.Nodes;

namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// A store that holds raw data about people. Every such store implements this, so that "my data" can show a person
/// everything held about them, delete it, and so that raw answers are not kept past the retention period. Anonymous
/// aggregates (team snapshots, counts) are not personal data and stay.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The name of this source's section in a person's export, for example <c>checkInAnswers</c>.</summary>
    string Name { get; }

    /// <summary>Everything this store holds about the person, as JSON; null when it holds nothing.</summary>
    Task<JsonNode?> ExportAsync(PersonIdentity person, CancellationToken cancellationToken);

    /// <summary>Removes every raw row about the person; returns how many were removed.</summary>
    Task<int> DeleteAsync(PersonIdentity person, CancellationToken cancellationToken);

    /// <summary>Removes raw answers recorded before <paramref name="cutoff"/> (the retention period); returns how many.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
