using Npgsql;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.MultiInstance;

/// <summary>
/// Several real bots (each a child process of the built OutcomesBot.Bot.dll, on its own loopback port and with its own
/// Quartz instance id) sharing one set of Azure tables on Azurite and one Quartz cluster on PostgreSQL. Disposing kills
/// every bot still running.
/// </summary>
internal sealed class BotCluster(IReadOnlyDictionary<string, string?> shared, string schedulerDatabase) : IDisposable
{
    private readonly Dictionary<string, BotProcess> _bots = new(StringComparer.Ordinal);
    private readonly TemporaryDirectory _folder = new("outcomesbot-cluster");

    public IReadOnlyDictionary<string, BotProcess> Bots => _bots;

    /// <summary>Starts one bot per name, all at once.</summary>
    public void Start(params string[] instanceIds)
    {
        foreach (var instanceId in instanceIds)
        {
            var environment = shared
                .Where(setting => setting.Value is not null)
                .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!, StringComparer.Ordinal);
            environment["Scheduler__Provider"] = "PostgreSQL";
            environment["Scheduler__ConnectionString"] = schedulerDatabase;
            environment["Scheduler__InstanceId"] = instanceId;
            environment["Storage__DataDirectory"] = Directory.CreateDirectory(_folder.Combine(instanceId)).FullName;
            // Production environment, no MicrosoftAppId: local mode must be allowed by name (the fake connector is on loopback).
            environment["BotAuthentication__AllowUnauthenticatedLocalMode"] = "true";
            environment["Logging__LogLevel__Default"] = "Warning";
            // The "Now listening on" line, read by ListeningAddressesAsync.
            environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
            _bots[instanceId] = BotProcess.Start(environment);
        }
    }

    /// <summary>Each bot's address, in the order they were started, once each is listening (its scheduler has started by then).</summary>
    public async Task<IReadOnlyList<Uri>> ListeningAddressesAsync(TimeSpan within, CancellationToken cancellationToken) =>
        await Task.WhenAll(_bots.Values.Select(bot => bot.ListeningAddressAsync(within, cancellationToken)));

    /// <summary>The instance running <paramref name="jobName"/> now, as Quartz's cluster records it; null when none is.</summary>
    public async Task<string?> RunningAsync(string jobName, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(schedulerDatabase);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT instance_name FROM qrtz_fired_triggers WHERE job_name = @job AND state = 'EXECUTING' LIMIT 1", connection);
        command.Parameters.AddWithValue("job", jobName);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash.</summary>
    public void Kill(string instanceId) => _bots[instanceId].Kill();

    public string RecentOutput => string.Join(Environment.NewLine, _bots.Select(bot => $"--- {bot.Key}:{Environment.NewLine}{bot.Value.RecentOutput}"));

    public void Dispose()
    {
        foreach (var bot in _bots.Values)
        {
            bot.Dispose();
        }

        _folder.Dispose();
    }
}
