using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Momentum;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>The whole bot on Azure Tables: the weekly momentum job's writer keeps its snapshots in Azure, not in SQLite.</summary>
[Slow]
public sealed class MomentumOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_weekly_writer_stores_each_teams_snapshot_in_Azure_Tables()
    {
        using var app = new BotAppFactory(await azurite.StorageSettingsAsync("host", Token));
        await app.Get<ITeamStore>().UpsertTeamAsync(
            new Team { TeamId = "19:care@thread.tacv2", TenantId = "tenant-1", ServiceUrl = "https://smba.example/", UpdatedAt = TimeProvider.System.GetUtcNow() }, Token);

        Assert.Equal(1, await app.Get<MomentumSnapshotWriter>().WriteLastWeekAsync(Token));

        // Two weeks either side, so a run that crosses Monday midnight still finds the one week written.
        var thisWeek = MomentumWeeks.StartOf(TimeProvider.System.GetUtcNow());
        Assert.IsType<AzureMomentumStore>(app.Get<IMomentumStore>());
        Assert.IsType<AzureTeamExerciseCounts>(app.Get<ITeamExerciseCounts>());
        Assert.IsType<AzureYouSaidStore>(app.Get<IYouSaidStore>());
        Assert.Single(await app.Get<IMomentumStore>().ListAsync("19:care@thread.tacv2", thisWeek.AddDays(-14), thisWeek.AddDays(7), Token));
        Assert.False(File.Exists(app.Get<SqliteDatabase>().FilePath), "on Azure Tables the bot keeps nothing in its SQLite file");
    }
}
