using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// The real host with credentials, its real connector client (a fixed token stands in for MSAL), locally minted keys,
/// a legitimate connector on loopback (the only allowed serviceUrl) and an attacker's server on another loopback port.
/// </summary>
public sealed class DoorWorld : IAsyncLifetime
{
    /// <summary>What the bot would present to the connector; it must reach nobody but the legitimate one.</summary>
    public const string BotToken = "BOT-CONNECTOR-TOKEN-must-not-leak";

    public KeyServerFixture Keys { get; } = new();

    public LoopbackRecorder Connector { get; private set; } = null!;

    public LoopbackRecorder Attacker { get; private set; } = null!;

    public BotAppFactory App { get; private set; } = null!;

    /// <summary>A second prefix of the same legitimate connector, also allowed (another Teams region, say).</summary>
    public string OtherAllowedServiceUrl => Connector.BaseUrl + "emea/";

    public async ValueTask InitializeAsync()
    {
        await Keys.InitializeAsync();
        Connector = await LoopbackRecorder.StartAsync(TestContext.Current.CancellationToken);
        Attacker = await LoopbackRecorder.StartAsync(TestContext.Current.CancellationToken);
        var settings = AuthTestBot.Settings();
        settings["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = Keys.BotFrameworkMetadataUrl;
        settings["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = Keys.EntraMetadataUrlTemplate;
        settings["BotAuthentication:RequireHttpsMetadata"] = "false";
        settings["BotAuthentication:AllowedServiceUrls:0"] = Connector.BaseUrl;
        App = new BotAppFactory(settings, services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(AuthTestBot.Now));
            services.RemoveAll<IConnectorClient>();
            services.AddBotConnector();
            services.RemoveAll<IConnectorTokenProvider>();
            services.AddSingleton<IConnectorTokenProvider>(new FixedToken());
        });
        _ = App.Services;
    }

    /// <summary>Rows in every table the bot keeps (not Quartz's own bookkeeping), to prove a refused request stored nothing.</summary>
    public async Task<Dictionary<string, long>> RowCountsAsync()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(SqliteFile.ConnectionStringFor(Path.Combine(App.DataDirectory, SqliteDatabase.FileName)));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'qrtz_%'";
            await using var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        }

        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Attacker.DisposeAsync();
        await Connector.DisposeAsync();
        await Keys.DisposeAsync();
    }

    private sealed class FixedToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(BotToken);
    }
}
