using System.Globalization;
using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.LearningSets;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Action-learning sets in Azure Tables. A set and its round summaries share the set's partition (row "set" and rows
/// "summary|{round}"; an insert's 409 is "already there"). The set row carries a member mark per person it names
/// (<see cref="AzureLearningSetMarks"/>), so "my data" finds a person's sets without pointer rows. Answers are their own
/// table, one partition per set with rows "{round}|{aad}", so a round's answers are one range query and each answer is
/// stamped as a raw answer whose retention counts from when it was given.
/// </summary>
public sealed class AzureLearningSetStore(AzureTableSet tables) : AzureTableStore(tables, TableName), ILearningSetStore
{
    public const string TableName = "learningsets";
    public const string AnswersTable = "learninganswers";
    private const string SetRow = "set";

    private AzureTable Answers => Table.Sibling(AnswersTable);

    public Task<bool> TryAddAsync(LearningSet set, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.Insert(Entity(set)), cancellationToken);

    public async Task<LearningSet?> GetAsync(string setId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(AzureKeyPart.Checked(setId)), SetRow, cancellationToken) is { } entity ? AzureData.Read<LearningSet>(entity) : null;

    // Sets are few (a handful per team a year) and keyed by set id, so the team's are found by reading every set row and
    // keeping the team's; a team-keyed index row would be one more write to keep in step for no gain at that size.
    public async Task<IReadOnlyList<LearningSet>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Compare("RowKey", "eq", SetRow), cancellationToken))
            .Select(AzureData.Read<LearningSet>)
            .Where(set => set.TeamId == teamId)
            .OrderBy(set => set.CreatedAt)
            .ThenBy(set => set.SetId, StringComparer.Ordinal)
            .ToList();

    // Only the keys are selected: the round is the row key's prefix, and no answer's words come over the wire.
    public async Task<IReadOnlyDictionary<int, int>> CountAnswersAsync(string setId, CancellationToken cancellationToken) =>
        (await Answers.QueryAsync(AzureFilters.Partition(AzureKeys.Escape(AzureKeyPart.Checked(setId))), cancellationToken, columns: ["RowKey"]))
            .GroupBy(entity => int.Parse(entity.RowKey.AsSpan(0, 4), CultureInfo.InvariantCulture))
            .ToDictionary(group => group.Key, group => group.Count());

    public Task SaveAnswerAsync(LearningAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);

        // A whole answer replaces the person's earlier one for the round (no read, so nothing to lose), as SQLite's upsert.
        var stored = answer with { AadObjectId = answer.AadObjectId.ToLowerInvariant() };
        var entity = AzureData.Entity(AzureKeys.Escape(answer.SetId), RoundPrefix(answer.Round) + AzureKeys.Aad(answer.AadObjectId), stored)
            .AboutPerson(null, answer.AadObjectId, retainFrom: answer.AnsweredAt);
        return Answers.UpsertAsync(entity, cancellationToken);
    }

    public Task<bool> RemoveAnswerAsync(string setId, int round, string aadObjectId, CancellationToken cancellationToken) =>
        Answers.TryAsync(AzureWrite.DeleteAny(AzureKeys.Escape(AzureKeyPart.Checked(setId)), RoundPrefix(round) + AzureKeys.Aad(aadObjectId)), cancellationToken);

    public async Task<IReadOnlyList<LearningAnswer>> ListAnswersAsync(string setId, int round, CancellationToken cancellationToken) =>
        (await Answers.RangeAsync(AzureKeys.Escape(setId), RoundPrefix(round), cancellationToken))
            .Select(AzureData.Read<LearningAnswer>)
            .OrderBy(answer => answer.Name, StringComparer.Ordinal)
            .ThenBy(answer => answer.AadObjectId, StringComparer.Ordinal)
            .ToList();

    public Task<bool> TryMarkSummarisedAsync(string setId, int round, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.Insert(AzureData.Entity(AzureKeys.Escape(setId), SummaryKey(round), new Summary(at))), cancellationToken);

    public async Task<bool> IsSummarisedAsync(string setId, int round, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Escape(setId), SummaryKey(round), cancellationToken) is not null;

    public Task<bool> TryMoveFirstRoundAsync(string setId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Escape(AzureKeyPart.Checked(setId)), SetRow, entity =>
            entity is not null && AzureData.Read<LearningSet>(entity) is { } set && set.FirstRoundAt == from
                ? new AzureChange<bool>(Entity(set with { FirstRoundAt = to }), true)
                : new AzureChange<bool>(null, false),
            cancellationToken);

    public Task<bool> TryEndAsync(string setId, int afterRound, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Escape(AzureKeyPart.Checked(setId)), SetRow, entity =>
            entity is not null && AzureData.Read<LearningSet>(entity) is { EndedAt: null } set
                ? new AzureChange<bool>(Entity(set with { EndedAt = at, EndedAfterRound = set.OpenedRound ?? afterRound }), true)
                : new AzureChange<bool>(null, false),
            cancellationToken);

    // The replace is If-Match the ETag read, so an end stored after that read makes it read again and refuse (decision 080).
    public Task<bool> TryOpenRoundAsync(string setId, int round, CancellationToken cancellationToken) =>
        Table.ChangeAsync(AzureKeys.Escape(AzureKeyPart.Checked(setId)), SetRow, entity =>
            entity is null || AzureData.Read<LearningSet>(entity) is not { EndedAt: null } set ? new AzureChange<bool>(null, false)
            : set.OpenedRound >= round ? new AzureChange<bool>(null, true)
            : new AzureChange<bool>(Entity(set with { OpenedRound = round }), true),
            cancellationToken);

    /// <summary>The set row: the set as JSON and a mark for its starter and each member.</summary>
    internal static TableEntity Entity(LearningSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var entity = AzureData.Entity(AzureKeys.Escape(set.SetId), SetRow, set);
        AzureLearningSetMarks.Mark(entity, [set.StarterAadObjectId, .. set.Members]);
        return entity;
    }

    private static string RoundPrefix(int round) => round.ToString("D4", CultureInfo.InvariantCulture) + AzureKeys.Separator;

    private static string SummaryKey(int round) => "summary|" + round.ToString("D4", CultureInfo.InvariantCulture);

    private sealed record Summary(DateTimeOffset SummarisedAt);
}
