using Azure.Data.Tables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Teams and members in Azure Tables: every team in partition "teams" (the list is one partition read), a team's members
/// in "members|{team}" keyed by lower-case AAD object id, and a pointer per membership in "memberships|{aad}".
/// A roster sync writes only the members it changes (decision 065): one entity group transaction per 100 of them, each
/// row replaced If-Match the ETag read; a conflict re-reads and redoes the sync, so a champion named meanwhile is kept.
/// A champion taken off a roster is remembered in "formerchampions|{team}" keyed like the member (decision 087), written
/// once their row is gone and stamped as theirs, so "delete my data" removes it with their memberships.
/// </summary>
public sealed class AzureTeamStore(AzureTableSet tables, TimeProvider timeProvider) : AzureTableStore(tables, TableName), ITeamStore, IFormerChampions
{
    public const string TableName = "teams";
    private const string TeamsPartition = "teams";
    private const int MaxAttempts = 20;
    private const string FormerChampionsPartition = "formerchampions";
    private static readonly string FormerChampionsPrefix = FormerChampionsPartition + AzureKeys.Separator;

    public Task UpsertTeamAsync(Team team, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return Table.ChangeAsync(TeamsPartition, AzureKeys.Escape(team.TeamId), entity =>
        {
            var old = entity is null ? null : AzureData.Read<Team>(entity);
            var merged = old is null ? team : team with { Name = team.Name ?? old.Name, AadGroupId = team.AadGroupId ?? old.AadGroupId };
            return new AzureChange<bool>(AzureData.Entity("", "", merged), true);
        }, cancellationToken);
    }

    public async Task<Team?> GetTeamAsync(string teamId, CancellationToken cancellationToken) =>
        await Table.GetAsync(TeamsPartition, AzureKeys.Escape(AzureKeyPart.Checked(teamId)), cancellationToken) is { } entity ? AzureData.Read<Team>(entity) : null;

    public async Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(TeamsPartition), cancellationToken))
            .Select(AzureData.Read<Team>)
            .OrderBy(team => team.Name, StringComparer.Ordinal)
            .ThenBy(team => team.TeamId, StringComparer.Ordinal)
            .ToList();

    public async Task SyncRosterAsync(string teamId, IReadOnlyList<TeamMember> roster, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roster);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = (await Table.QueryAsync(AzureFilters.Partition(MembersKey(teamId)), cancellationToken)).ToDictionary(entity => entity.RowKey, StringComparer.Ordinal);
            var wanted = roster.Select(member => member with { TeamId = teamId })
                .GroupBy(member => AzureKeys.Aad(member.AadObjectId), StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);
            var changed = wanted.Where(pair => Changes(stored.GetValueOrDefault(pair.Key), pair.Value)).ToList();

            // Only members whose row would change are written, with their pointers (decision 065). A pointer goes before
            // its row: one left without its row is skipped on read, a row without its pointer would not be found.
            foreach (var member in changed.Select(pair => pair.Value))
            {
                await Table.UpsertAsync(Pointer(member.AadObjectId, teamId), cancellationToken);
            }

            var operations = changed.Select(pair => Upsert(stored.GetValueOrDefault(pair.Key), pair.Value, ownerFromRoster: true))
                .Concat(stored.Where(pair => !wanted.ContainsKey(pair.Key)).Select(pair => AzureWrite.Delete(pair.Value)))
                .ToList();
            if (await RunInBatchesAsync(operations, cancellationToken))
            {
                foreach (var removed in stored.Where(pair => !wanted.ContainsKey(pair.Key)))
                {
                    await Table.TryAsync(AzureWrite.DeleteAny(MembershipsKeyFromRow(removed.Key), AzureKeys.Escape(teamId)), cancellationToken);
                    await RememberIfChampionAsync(AzureData.Read<TeamMember>(removed.Value), cancellationToken);
                }

                return;
            }
        }

        throw new AzureConcurrencyException(TableName, MaxAttempts);
    }

    public async Task UpsertMemberAsync(TeamMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        await Table.ChangeAsync(MembersKey(member.TeamId), AzureKeys.Aad(member.AadObjectId), entity =>
            new AzureChange<bool>(Merge(entity, member, ownerFromRoster: false), true), cancellationToken);
        await Table.UpsertAsync(Pointer(member.AadObjectId, member.TeamId), cancellationToken);
    }

    // The member row goes first: a pointer left behind is skipped on read (ListMembershipsAsync), a member without one is not.
    // The row is deleted If-Match the one read, so a champion named between the read and the delete is not lost unseen.
    public async Task<bool> RemoveMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await Table.GetAsync(MembersKey(teamId), AzureKeys.Aad(aadObjectId), cancellationToken) is not { } row)
            {
                await Table.TryAsync(AzureWrite.DeleteAny(MembershipsKeyFromRow(AzureKeys.Aad(aadObjectId)), AzureKeys.Escape(teamId)), cancellationToken);
                return false;
            }

            if (await Table.TryAsync(AzureWrite.Delete(row), cancellationToken))
            {
                await Table.TryAsync(AzureWrite.DeleteAny(MembershipsKeyFromRow(AzureKeys.Aad(aadObjectId)), AzureKeys.Escape(teamId)), cancellationToken);
                await RememberIfChampionAsync(AzureData.Read<TeamMember>(row), cancellationToken);
                return true;
            }
        }

        throw new AzureConcurrencyException(TableName, MaxAttempts);
    }

    public async Task<IReadOnlyList<FormerChampion>> ListAsync(string teamId, CancellationToken cancellationToken) =>
    [
        .. (await Table.QueryAsync(AzureFilters.Partition(FormerChampionsKey(teamId)), cancellationToken))
            .Select(AzureData.Read<FormerChampion>)
            .OrderBy(former => former.AadObjectId, StringComparer.Ordinal),
    ];

    public Task<bool> MarkToldAsync(string teamId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(FormerChampionsKey(teamId), AzureKeys.Aad(aadObjectId), entity =>
            entity is null || AzureData.Read<FormerChampion>(entity) is not { Told: false } former
                ? new AzureChange<bool>(null, false)
                : new AzureChange<bool>(FormerChampionEntity(FormerChampionsKey(teamId), former with { Told = true, BackAt = at }), true),
            cancellationToken);

    // The notes of every team are one small range of partitions. Each change is If-Match the row read, so a note written
    // again meanwhile (the person left again) stays; one from before decision 091 is dated now and goes one period later.
    public async Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        foreach (var entity in await Table.QueryAsync(AzureFilters.Partitions(FormerChampionsPrefix, AzureKeys.After(FormerChampionsPrefix)), cancellationToken))
        {
            var former = AzureData.Read<FormerChampion>(entity);
            if ((former.BackAt ?? former.LeftAt) is not { } last)
            {
                var dated = FormerChampionEntity(entity.PartitionKey, former with { LeftAt = timeProvider.GetUtcNow() });
                dated.ETag = entity.ETag;
                await Table.TryAsync(AzureWrite.Replace(dated), cancellationToken);
            }
            else if (last < cutoff && await Table.TryAsync(AzureWrite.Delete(entity), cancellationToken))
            {
                forgotten++;
            }
        }

        return forgotten;
    }

    public Task ForgetAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        Table.TryAsync(AzureWrite.DeleteAny(FormerChampionsKey(teamId), AzureKeys.Aad(aadObjectId)), cancellationToken);

    // Written after the roster row is gone: a crash between loses the mark (as before decision 087), never tells leaders
    // that someone still in the team is "back".
    private async Task RememberIfChampionAsync(TeamMember removed, CancellationToken cancellationToken)
    {
        if (removed.IsChampion)
        {
            var former = new FormerChampion(removed.AadObjectId.ToLowerInvariant(), Told: false, LeftAt: timeProvider.GetUtcNow(), BackAt: null);
            await Table.UpsertAsync(FormerChampionEntity(FormerChampionsKey(removed.TeamId), former), cancellationToken);
        }
    }

    private static TableEntity FormerChampionEntity(string partitionKey, FormerChampion former) =>
        AzureData.Entity(partitionKey, AzureKeys.Aad(former.AadObjectId), former).AboutPerson(null, former.AadObjectId);

    private static string FormerChampionsKey(string teamId) => AzureKeys.Join(FormerChampionsPartition, teamId);

    public async Task<IReadOnlyList<TeamMember>> ListMembersAsync(string teamId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.Partition(MembersKey(teamId)), cancellationToken))
            .Select(AzureData.Read<TeamMember>)
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .ThenBy(member => member.AadObjectId, StringComparer.Ordinal)
            .ToList();

    public async Task<TeamMember?> GetMemberAsync(string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        await Table.GetAsync(MembersKey(teamId), AzureKeys.Aad(aadObjectId), cancellationToken) is { } entity ? AzureData.Read<TeamMember>(entity) : null;

    // Members are keyed by AAD object id; the Teams id is their person mark, filtered on in the team's partition.
    public async Task<TeamMember?> FindMemberByTeamsUserIdAsync(string teamId, string teamsUserId, CancellationToken cancellationToken) =>
        (await Table.QueryAsync(AzureFilters.And(AzureFilters.Partition(MembersKey(teamId)), AzureFilters.Compare(AzurePersonalStamp.PersonId, "eq", teamsUserId)), cancellationToken))
            .Select(AzureData.Read<TeamMember>)
            .FirstOrDefault(member => member.TeamsUserId == teamsUserId);

    public async Task<IReadOnlyList<TeamMember>> ListMembershipsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var memberships = new List<TeamMember>();
        foreach (var pointer in await Table.QueryAsync(AzureFilters.Partition(MembershipsKeyFromRow(AzureKeys.Aad(aadObjectId))), cancellationToken))
        {
            // A pointer left by a sync that stopped half-way is skipped: the member row is the truth.
            var teamId = pointer.GetString("TeamId");
            if (await GetMemberAsync(teamId, aadObjectId, cancellationToken) is { } member)
            {
                memberships.Add(member);
            }
        }

        return memberships.OrderBy(member => member.TeamId, StringComparer.Ordinal).ToList();
    }

    public Task<bool> SetChampionAsync(string teamId, string aadObjectId, bool isChampion, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.ChangeAsync(MembersKey(teamId), AzureKeys.Aad(aadObjectId), entity => entity is null
            ? new AzureChange<bool>(null, false)
            : new AzureChange<bool>(MemberEntity(AzureData.Read<TeamMember>(entity) with { IsChampion = isChampion, UpdatedAt = at }), true),
            cancellationToken);

    private async Task<bool> RunInBatchesAsync(IReadOnlyList<TableTransactionAction> operations, CancellationToken cancellationToken)
    {
        foreach (var chunk in operations.Chunk(100))
        {
            if (!await Table.TryBatchAsync(chunk, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static TableTransactionAction Upsert(TableEntity? stored, TeamMember member, bool ownerFromRoster)
    {
        var entity = Merge(stored, member, ownerFromRoster);
        entity.PartitionKey = MembersKey(member.TeamId);
        entity.RowKey = AzureKeys.Aad(member.AadObjectId);
        entity.ETag = stored?.ETag ?? default;
        return stored is null ? AzureWrite.Insert(entity) : AzureWrite.Replace(entity);
    }

    // A roster sync sets the owner flag; a single member seen in a message keeps whatever the roster said.
    private static TableEntity Merge(TableEntity? stored, TeamMember member, bool ownerFromRoster) =>
        MemberEntity(Merged(stored is null ? null : AzureData.Read<TeamMember>(stored), member, ownerFromRoster));

    private static TeamMember Merged(TeamMember? old, TeamMember member, bool ownerFromRoster) => old is null ? member with { IsChampion = false } : old with
    {
        TeamsUserId = member.TeamsUserId ?? old.TeamsUserId,
        Name = member.Name ?? old.Name,
        IsOwner = ownerFromRoster ? member.IsOwner : old.IsOwner,
        UpdatedAt = member.UpdatedAt,
    };

    // Whether the roster's member would change their stored row by more than its update time, as the SQLite store decides.
    private static bool Changes(TableEntity? stored, TeamMember member)
    {
        if (stored is null)
        {
            return true;
        }

        var old = AzureData.Read<TeamMember>(stored);
        return Merged(old, member, ownerFromRoster: true) with { UpdatedAt = old.UpdatedAt } != old;
    }

    private static TableEntity MemberEntity(TeamMember member) => AzureData.Entity("", "", member).AboutPerson(member.TeamsUserId, member.AadObjectId);

    private static TableEntity Pointer(string aadObjectId, string teamId) =>
        new TableEntity(MembershipsKeyFromRow(AzureKeys.Aad(aadObjectId)), AzureKeys.Escape(teamId)) { ["TeamId"] = teamId }
            .AboutPerson(null, aadObjectId);

    // A team id from a card's data reaches the store through the membership check first: checked before it becomes a key.
    private static string MembersKey(string teamId) => AzureKeys.Join("members", AzureKeyPart.Checked(teamId));

    private static string MembershipsKeyFromRow(string aadRowKey) => "memberships" + AzureKeys.Separator + aadRowKey;
}
