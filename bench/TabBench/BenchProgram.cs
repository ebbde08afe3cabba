using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Dialogs.Momentum.LeaderTab;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.TabBench;

/// <summary>
/// Leaders' tab benchmark: the real host in memory on SQLite, in the Development environment without credentials so the
/// development sign-in stands in for the Teams token (token validation is not what is measured), a team of BENCH_TEAM
/// people with 52 weeks of history. Times GET /tab/api/team/dashboard?range=12m (and the CSV) end to end. Results:
/// docs/performance.md.
/// </summary>
internal static class TabBenchProgram
{
    public static async Task Main()
    {
        var size = Setting("BENCH_TEAM", 50);
        var requests = Setting("BENCH_REQUESTS", 200);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        var token = cancellation.Token;
        // WebApplicationFactory finds the host's content root (wwwroot) from this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OUTCOMESBOT_BOT", Path.Combine(RepositoryRoot(), "Bot"));
        Console.WriteLine($"team of {size}, 52 weeks, {requests} requests per case, load average {LoadAverage()}");
        foreach (var snapshots in new[] { true, false })
        {
            var folder = Path.Combine(Path.GetTempPath(), "outcomesbot-tabbench", Guid.NewGuid().ToString("N"));
            await using (var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
                .UseEnvironment("Development")
                .UseSetting("Storage:DataDirectory", folder)
                .UseSetting("MicrosoftAppId", string.Empty)
                .UseSetting("Logging:LogLevel:Default", "Warning")))
            {
                await TeamSeeder.SeedAsync(host.Services, size, TimeProvider.System.GetUtcNow(), snapshots, token);
                using var client = host.CreateClient();
                client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Development " + TeamSeeder.LeaderAad);
                var label = snapshots ? "weekly snapshots stored (steady state)" : "no snapshots (new install: 52 weeks computed)";
                await BreakdownAsync(host.Services, label, requests, token);
                foreach (var path in new[] { "/tab/api/team/dashboard?range=12m", "/tab/api/team/export.csv?range=12m", "/tab/api/team/dashboard?range=12w" })
                {
                    var times = await TimeAsync(client, path + "&teamId=" + Uri.EscapeDataString(TeamSeeder.TeamId), requests, token);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-46} {path,-38} p50 {times[times.Count / 2],6:F1} ms  p95 {times[(int)(times.Count * 0.95)],6:F1} ms  max {times[^1],6:F1} ms"));
                }
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string path, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(path, cancellationToken)).EnsureSuccessStatusCode();
        }

        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, cancellationToken);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    // The same 12-month view without HTTP: the reads and figures alone, then the JSON alone, to see where the time goes.
    private static async Task BreakdownAsync(IServiceProvider services, string label, int count, CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<TeamDashboardReader>();
        var team = (await services.GetRequiredService<ITeamStore>().GetTeamAsync(TeamSeeder.TeamId, cancellationToken))!;
        var read = new List<double>(count);
        var json = new List<double>(count);
        for (var i = 0; i < count + 5; i++)
        {
            var watch = Stopwatch.StartNew();
            var dashboard = await reader.ReadAsync(team, TabRange.TwelveMonths, cancellationToken);
            var afterRead = watch.Elapsed.TotalMilliseconds;
            _ = JsonSerializer.SerializeToUtf8Bytes(dashboard, JsonSerializerOptions.Web);
            if (i >= 5)
            {
                read.Add(afterRead);
                json.Add(watch.Elapsed.TotalMilliseconds - afterRead);
            }
        }

        read.Sort();
        json.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-46} {"TeamDashboardReader 12m (no HTTP)",-38} p50 {read[count / 2],6:F1} ms  JSON p50 {json[count / 2],5:F1} ms"));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OutcomesBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("OutcomesBot.sln not found above the benchmark's folder.");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
