using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;

namespace OutcomesBot.Bot.DemoData;

/// <summary>
/// <c>dotnet run --project Bot -- demo-data [--force] [--Storage:DataDirectory=...]</c>: seeds the SQLite store the bot
/// would use with the demo team (<see cref="DemoDataSeeder"/>), for trying the leader features in the Agents
/// Playground. It never runs on Azure Tables, and it refuses a store that already holds a team unless <c>--force</c>.
/// </summary>
public static class DemoDataCommand
{
    public const string Name = "demo-data";
    public const string Force = "--force";

    public static bool IsRequested(IReadOnlyList<string> args) => args is [Name, ..];

    /// <summary>Runs the command; returns the process exit code (0 seeded, 2 refused).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var builder = Host.CreateApplicationBuilder([.. args.Skip(1).Where(a => a != Force)]);
        builder.Services.AddBotStorage();
        builder.Services.AddSingleton<DemoDataSeeder>();
        using var host = builder.Build();
        var services = host.Services;
        if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider != StorageProvider.Sqlite)
        {
            await output.WriteLineAsync("demo-data writes made-up people into the store, so it runs only on SQLite (Storage:Provider is not Sqlite). Nothing was written.");
            return 2;
        }

        var database = services.GetRequiredService<SqliteDatabase>();
        await services.GetRequiredService<SqliteSchemaInitializer>().StartAsync(cancellationToken);
        var existing = await services.GetRequiredService<ITeamStore>().ListTeamsAsync(cancellationToken);
        if (existing.Count > 0 && !args.Contains(Force))
        {
            await output.WriteLineAsync(
                $"{database.FilePath} already holds {existing.Count} team(s), so it may hold real data. Nothing was written. "
                + $"To add the demo team anyway (running it twice changes nothing), run demo-data {Force}.");
            return 2;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var answers = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(now, cancellationToken);
        await output.WriteLineAsync(
            $"Seeded {database.FilePath}: \"{DemoTeam.TeamName}\" ({DemoTeam.TeamId}) with {DemoTeam.People.Count} members, {answers} check-in answers over "
            + $"{DemoTeam.Weeks} finished weeks, exercises, learning-log entries, 2 stories, a story offer waiting for a decision and a \"you said, we did\" response. "
            + $"{DemoTeam.Leader.Name} ({DemoTeam.Leader.TeamsUserId}, the Playground's current user) leads the team; {DemoTeam.Champion.Name} is a champion; "
            + $"{DemoTeam.FormerChampion.Name} was one before leaving and coming back (the champions card asks about them).");
        return 0;
    }
}
