namespace OutcomesBot.Dialogs.Momentum.TeamPriorities;

/// <summary>
/// The team's combined audit as a leader may see it: how many members' audits it pools, the week it stands at, and for
/// each learning need (by field id) how many of them rated it a priority. Nobody's name and nobody's own ratings.
/// </summary>
public sealed record PooledPriorities(int People, DateTimeOffset AsOf, IReadOnlyDictionary<string, int> PriorityCounts);
