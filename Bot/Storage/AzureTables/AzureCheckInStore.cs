using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Check-in cycles, answers and preferences in Azure Tables (keys in docs/decisions/011). A person's answers are one
/// partition, "answers|{person}", one row per cycle, written read-modify-write with the ETag and a revision; a copy in
/// "teamanswers|{team}" serves the team's reads and is only ever replaced by a copy of a higher revision.
/// </summary>
public sealed class AzureCheckInStore(AzureTableSet tables) : AzureTableStore(tables, TableName), ICheckInStore
{
    public const string TableName = "checkins";
    private const string Revision = "Revision";
    private const string AnsweredAt = "AnsweredAtTicks";

    // A preferences row "delete my data" left bare is marked, with its pause's end, so retention finds an ended one (093);
    // SavePreferencesAsync replaces the row whole, so any later choice drops both.
    private const string KeptMark = "KeptOnDelete";
    private const string PausedUntil = "PausedUntilTicks";

    public async Task SaveCycleAsync(CheckInCycle cycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var main = Stamped(AzureData.Entity(CycleKey(cycle.CycleId), "cycle", cycle), cycle);
        if (!await Table.TryAsync(AzureWrite.Insert(main), cancellationToken))
        {
            // Stored already: a cycle never changes, so the copy is (re)written from what is stored.
            cycle = await GetCycleAsync(cycle.CycleId, cancellationToken) ?? cycle;
        }

        var copyPartition = cycle.OwnerPersonId is { } owner ? AzureKeys.Join("ownercycles", owner)
            : cycle.TeamId is { } team ? AzureKeys.Join("teamcycles", team) : null;
        if (copyPartition is not null)
        {
            var copy = Stamped(AzureData.Entity(copyPartition, AzureKeys.Escape(cycle.CycleId), cycle), cycle);
            copy["OpensAtTicks"] = (cycle.OpensAt.UtcTicks);
            copy["ClosesAtTicks"] = (cycle.ClosesAt.UtcTicks);
            await Table.UpsertAsync(copy, cancellationToken);
        }
    }

    public async Task<CheckInCycle?> GetCycleAsync(string cycleId, CancellationToken cancellationToken) =>
        await Table.GetAsync(CycleKey(cycleId), "cycle", cancellationToken) is { } entity ? AzureData.Read<CheckInCycle>(entity) : null;

    public async Task<CheckInCycle?> FindOpenCycleAsync(string personId, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var open = (await OpenCyclesAsync(AzureKeys.Join("ownercycles", personId), time, cancellationToken)).ToList();
        var lastTeam = (await ListAnswersForPersonAsync(personId, cancellationToken)).FirstOrDefault(answer => answer.TeamId is not null)?.TeamId;
        if (lastTeam is not null)
        {
            open.AddRange(await OpenCyclesAsync(AzureKeys.Join("teamcycles", lastTeam), time, cancellationToken));
        }

        return open.OrderByDescending(cycle => cycle.OpensAt).FirstOrDefault();
    }

    public async Task<CheckInCycle?> FindLastClosedTeamCycleAsync(string teamId, DateTimeOffset closedAfter, DateTimeOffset closedBy, CancellationToken cancellationToken)
    {
        // The team's copy partition holds its scheduled cycles only: an ad-hoc cycle's copy is in its owner's.
        var filter = AzureFilters.And(
            AzureFilters.Partition(AzureKeys.Join("teamcycles", teamId)),
            AzureFilters.And(
                AzureFilters.Compare("ClosesAtTicks", "gt", closedAfter.UtcTicks),
                AzureFilters.Compare("ClosesAtTicks", "le", closedBy.UtcTicks)));
        return (await Table.QueryAsync(filter, cancellationToken)).Select(AzureData.Read<CheckInCycle>)
            .Where(cycle => cycle.OwnerPersonId is null)
            .OrderByDescending(cycle => cycle.ClosesAt).ThenByDescending(cycle => cycle.OpensAt)
            .FirstOrDefault();
    }

    public async Task<IReadOnlyList<CheckInCycle>> ListTeamCyclesAsync(string teamId, DateTimeOffset openedAfter, DateTimeOffset openedBy, CancellationToken cancellationToken)
    {
        var filter = AzureFilters.And(
            AzureFilters.Partition(AzureKeys.Join("teamcycles", teamId)),
            AzureFilters.And(
                AzureFilters.Compare("OpensAtTicks", "gt", openedAfter.UtcTicks),
                AzureFilters.Compare("OpensAtTicks", "le", openedBy.UtcTicks)));
        return [.. (await Table.QueryAsync(filter, cancellationToken)).Select(AzureData.Read<CheckInCycle>).OrderBy(cycle => cycle.OpensAt)];
    }

    public async Task<bool> SaveAnswerAsync(CheckInAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (saved, revision) = await Table.ChangeAsync(AzureKeys.Join("answers", answer.PersonId), AzureKeys.Escape(answer.CycleId), entity =>
        {
            var old = entity is null ? null : AzureData.Read<CheckInAnswer>(entity);
            var next = (entity?.GetInt64(Revision) ?? 0) + 1;

            // As in SQLite, the team of the first answer stays; everything else is replaced.
            var merged = old is null ? answer : answer with { TeamId = old.TeamId };
            return new AzureChange<(CheckInAnswer, long)>(AnswerEntity(merged, next), (merged, next));
        }, cancellationToken);

        if (saved.TeamId is not null)
        {
            await Table.ChangeAsync(AzureKeys.Join("teamanswers", saved.TeamId), AzureKeys.Join(saved.CycleId, saved.PersonId), copy =>
                new AzureChange<bool>(copy?.GetInt64(Revision) >= revision ? null : AnswerEntity(saved, revision), true), cancellationToken);
        }

        return revision > 1;
    }

    /// <summary>
    /// The people (their escaped ids) who answered a team's cycle, from the team's copies of its answers, keys only: the
    /// reminder scan's one read for a whole cycle. A copy is written just after its answer, so one may be missing for a
    /// moment; the planner reads the person's answer before it reminds them.
    /// </summary>
    internal static async Task<HashSet<string>> AnsweredAsync(AzureTable checkIns, string teamId, string cycleId, CancellationToken cancellationToken)
    {
        var prefix = AzureKeys.Escape(cycleId) + AzureKeys.Separator;
        var copies = await checkIns.RangeAsync(AzureKeys.Join("teamanswers", teamId), prefix, cancellationToken, columns: ["RowKey"]);
        return copies.Select(copy => copy.RowKey[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<CheckInAnswer?> GetAnswerAsync(string cycleId, string personId, CancellationToken cancellationToken) =>
        await Table.GetAsync(AzureKeys.Join("answers", personId), AzureKeys.Escape(cycleId), cancellationToken) is { } entity
            ? AzureData.Read<CheckInAnswer>(entity) : null;

    public async Task<CheckInAnswer?> GetLatestAnswerAsync(string personId, CancellationToken cancellationToken) =>
        await ListAnswersForPersonAsync(personId, cancellationToken) is [var latest, ..] ? latest : null;

    public async Task<IReadOnlyList<CheckInAnswer>> ListAnswersForPersonAsync(string personId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(AzureKeys.Join("answers", personId)), cancellationToken))
            .Select(AzureData.Read<CheckInAnswer>)
            .OrderByDescending(answer => answer.AnsweredAt)
            .ToList();

    public async Task<IReadOnlyList<CheckInAnswer>> ListAnswersAsync(string teamId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var filter = AzureFilters.And(
            AzureFilters.Partition(AzureKeys.Join("teamanswers", teamId)),
            AzureFilters.And(
                AzureFilters.Compare(AnsweredAt, "ge", from.UtcTicks),
                AzureFilters.Compare(AnsweredAt, "lt", to.UtcTicks)));
        return (await Table.QueryAsync(filter, cancellationToken))
            .Select(AzureData.Read<CheckInAnswer>)
            .OrderBy(answer => answer.AnsweredAt)
            .ThenBy(answer => answer.PersonId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<CheckInPreferences> GetPreferencesAsync(string personId, CancellationToken cancellationToken) =>
        await Table.GetAsync(PreferencesKey(personId), "prefs", cancellationToken) is { } entity
            ? AzureData.Read<CheckInPreferences>(entity) : new CheckInPreferences(personId);

    // Each person's preferences are their own partition, "prefs|{person}" (so nothing moved for decision 083): the batch
    // is read a few partitions a query (AzureTable.GetInPartitionsAsync).
    public async Task<IReadOnlyDictionary<string, CheckInPreferences>> GetPreferencesAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var ids = personIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await Table.GetInPartitionsAsync(ids.Select(PreferencesKey), "prefs", cancellationToken);
        return ids.ToDictionary(
            id => id,
            id => found.TryGetValue(PreferencesKey(id), out var entity) ? AzureData.Read<CheckInPreferences>(entity) : new CheckInPreferences(id),
            StringComparer.Ordinal);
    }

    public Task SavePreferencesAsync(CheckInPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var entity = AzureData.Entity(PreferencesKey(preferences.PersonId), "prefs", preferences).AboutPerson(preferences.PersonId, null);
        return Table.UpsertAsync(entity, cancellationToken);
    }

    // Listed by keys and ETag, each deleted If-Match: a row the person changed since the listing stays.
    public Task<int> RemoveEndedKeptPausesAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(
            AzureFilters.And(
                AzureFilters.Partitions("prefs|", AzureKeys.After("prefs|")),
                AzureFilters.And(AzureFilters.Compare(KeptMark, "eq", true), AzureFilters.Compare(PausedUntil, "le", now.UtcTicks))),
            cancellationToken);

    private async Task<IEnumerable<CheckInCycle>> OpenCyclesAsync(string partition, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var filter = AzureFilters.And(
            AzureFilters.Partition(partition),
            AzureFilters.And(
                AzureFilters.Compare("OpensAtTicks", "le", time.UtcTicks),
                AzureFilters.Compare("ClosesAtTicks", "gt", time.UtcTicks)));
        return (await Table.QueryAsync(filter, cancellationToken)).Select(AzureData.Read<CheckInCycle>);
    }

    private static TableEntity AnswerEntity(CheckInAnswer answer, long revision)
    {
        var entity = AzureData.Entity("", "", answer);
        entity[Revision] = (revision);
        entity[AnsweredAt] = (answer.AnsweredAt.UtcTicks);

        // The person's row and the team's copy alike: a raw answer, kept for the retention period from when it was given.
        return entity.AboutPerson(answer.PersonId, null, answer.AnsweredAt);
    }

    // A personal cycle (the person's own "checkin") is theirs and goes once it has been closed for the retention period;
    // a team's cycle names nobody.
    private static TableEntity Stamped(TableEntity entity, CheckInCycle cycle) =>
        cycle.OwnerPersonId is { } owner ? entity.AboutPerson(owner, null, cycle.ClosesAt) : entity;

    /// <summary>
    /// The preferences row "delete my data" leaves in place of <paramref name="row"/> (decision 084): the stop or the
    /// running pause alone, stamped with the person and marked as kept (decision 093); null to delete it.
    /// </summary>
    internal static TableEntity? KeptOnDelete(TableEntity row, DateTimeOffset now)
    {
        if (AzureData.Read<CheckInPreferences>(row).KeptOnDelete(now) is not { } bare)
        {
            return null;
        }

        var kept = AzureData.Entity(row.PartitionKey, row.RowKey, bare).AboutPerson(bare.PersonId, null);
        kept[KeptMark] = true;
        if (bare.PausedUntil is { } until)
        {
            kept[PausedUntil] = until.UtcTicks;
        }

        return kept;
    }

    private static string PreferencesKey(string personId) => AzureKeys.Join("prefs", personId);

    // Cycle ids come back in check-in card data: checked before they become keys.
    private static string CycleKey(string cycleId) => AzureKeys.Join("cycle", AzureKeyPart.Checked(cycleId));
}
