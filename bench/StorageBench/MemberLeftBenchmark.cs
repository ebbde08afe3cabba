using System.Diagnostics;
using System.Globalization;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.StorageBench;

/// <summary>
/// What the turn of a "member removed" event stores for a large team (decision 063), events one after another as Teams
/// sends them, the two ways interleaved on the same store: before, the stored roster read whole and written back whole
/// without the one who left (<see cref="ITeamStore.SyncRosterAsync"/>); after, the leaver found by Teams id and taken off
/// alone (<see cref="ITeamStore.RemoveMemberAsync"/>), as <c>ConversationEvents</c> now does.
/// </summary>
internal static class MemberLeftBenchmark
{
    public static async Task RunAsync(string azureConnectionString, IReadOnlyList<int> sizes, int events, CancellationToken cancellationToken)
    {
        Console.WriteLine("| backend | members | events each way | roster written back (before), median / slowest | leaver removed alone (after), median / slowest | ratio of medians |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var connection in new[] { null, azureConnectionString })
        {
            foreach (var size in sizes.Where(size => connection is null || size <= 2_000))
            {
                await using var backend = await BenchBackend.StartAsync(connection is null ? "SQLite" : "Azure Tables (Azurite)", connection, cancellationToken);
                var teams = backend.Get<ITeamStore>();
                const string TeamId = "19:big-team";
                await teams.SyncRosterAsync(TeamId, [.. Enumerable.Range(0, size).Select(i => new TeamMember
                {
                    TeamId = TeamId, AadObjectId = "aad-" + i.ToString(CultureInfo.InvariantCulture), TeamsUserId = "29:m-" + i.ToString(CultureInfo.InvariantCulture),
                    Name = "Member " + i.ToString(CultureInfo.InvariantCulture),
                })], cancellationToken);

                var before = new List<double>();
                var after = new List<double>();
                for (var leaver = 0; leaver < events * 2; leaver++)
                {
                    var gone = "29:m-" + leaver.ToString(CultureInfo.InvariantCulture);
                    var naive = leaver % 4 is 0 or 3;
                    var watch = Stopwatch.StartNew();
                    if (naive)
                    {
                        var roster = await teams.ListMembersAsync(TeamId, cancellationToken);
                        await teams.SyncRosterAsync(TeamId, [.. roster.Where(member => member.TeamsUserId != gone)], cancellationToken);
                        before.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    else
                    {
                        if (await teams.FindMemberByTeamsUserIdAsync(TeamId, gone, cancellationToken) is { } member)
                        {
                            await teams.RemoveMemberAsync(TeamId, member.AadObjectId, cancellationToken);
                        }

                        after.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                var (medianBefore, medianAfter) = (Median(before), Median(after));
                Console.WriteLine($"| {backend.Name} | {size:N0} | {events} | {medianBefore:F1} / {before.Max():F0} ms | {medianAfter:F1} / {after.Max():F0} ms | {medianBefore / medianAfter:F0}x |");
            }
        }
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
