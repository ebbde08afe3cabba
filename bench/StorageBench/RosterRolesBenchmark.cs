using System.Diagnostics;
using System.Globalization;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.StorageBench;

/// <summary>
/// The support picker's list of a whole team (decision 063): the roster read once and each role worked out from the row
/// in hand, against the way it was (the roster, then each member's row read again for their role), interleaved on the
/// same store. Story offers look for approvers the same way. Also prints the picker card's size.
/// </summary>
internal static class RosterRolesBenchmark
{
    public static async Task RunAsync(string azureConnectionString, IReadOnlyList<int> sizes, int rounds, CancellationToken cancellationToken)
    {
        Console.WriteLine("| backend | members | rounds | roster + a read per member (before) | roster only (after) | ratio | picker card |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var connection in new[] { null, azureConnectionString })
        {
            foreach (var size in sizes.Where(size => connection is null || size <= 2_000))
            {
                await using var backend = await BenchBackend.StartAsync(connection is null ? "SQLite" : "Azure Tables (Azurite)", connection, cancellationToken);
                await RunOneAsync(backend, size, rounds, cancellationToken);
            }
        }
    }

    private static async Task RunOneAsync(BenchBackend backend, int size, int rounds, CancellationToken cancellationToken)
    {
        var teams = backend.Get<ITeamStore>();
        var roles = new TeamRoles(teams, new RoleOptions());
        var people = new SupportPeople(teams, roles);
        const string TeamId = "19:big-team";
        await teams.SyncRosterAsync(TeamId, [.. Enumerable.Range(0, size).Select(i => new TeamMember
        {
            TeamId = TeamId, AadObjectId = "aad-" + i.ToString(CultureInfo.InvariantCulture), TeamsUserId = "29:m-" + i.ToString(CultureInfo.InvariantCulture),
            Name = "Member " + i.ToString(CultureInfo.InvariantCulture), IsOwner = i % 500 == 0,
        })], cancellationToken);

        var before = new List<double>();
        var after = new List<double>();
        var card = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var naive in round % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var watch = Stopwatch.StartNew();
                if (naive)
                {
                    foreach (var member in await teams.ListMembersAsync(TeamId, cancellationToken))
                    {
                        await roles.RoleOfAsync(TeamId, member.AadObjectId, cancellationToken);
                    }

                    before.Add(watch.Elapsed.TotalMilliseconds);
                }
                else
                {
                    var choices = (await people.ReachableAsync(TeamId, "aad-1", cancellationToken)).Select(p => p.Choice).ToList();
                    after.Add(watch.Elapsed.TotalMilliseconds);
                    card = CardJson.Serialize(SupportCards.Choose("cycle-1", choices)).Length;
                }
            }
        }

        var medianBefore = before.Order().ElementAt(before.Count / 2);
        var medianAfter = after.Order().ElementAt(after.Count / 2);
        Console.WriteLine($"| {backend.Name} | {size:N0} | {rounds} | {medianBefore:F1} ms | {medianAfter:F1} ms | {medianBefore / medianAfter:F1}x | {card / 1024.0:F0} KB |");
    }
}
