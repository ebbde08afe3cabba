using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using Quartz;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>
/// The real host on one backend for the personal-data contracts, and a look at what it stored that does not go through
/// the stores: the whole SQLite file and, on Azure, every table of the host's prefix. In Azure mode the bot keeps nothing
/// in SQLite, so the file is read there only if something created it (reading it would create it); neither scan lists
/// the stores it expects.
/// </summary>
public sealed class PersonalDataBackend
{
    // Person-like columns that name nobody, and why.
    private static readonly (string Table, string Column)[] Anonymous =
    [
        ("momentum_snapshots", "members"), // a head count of the team that week, not who they are
    ];

    private readonly Azurite? _azurite;

    private PersonalDataBackend(Azurite? azurite) => _azurite = azurite;

    public static PersonalDataBackend Sqlite() => new(null);

    public static PersonalDataBackend Azure(Azurite azurite) => new(azurite);

    public async Task<BotAppFactory> CreateAppAsync(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken)
    {
        Dictionary<string, string?> all = _azurite is null ? [] : await _azurite.StorageSettingsAsync("pd", cancellationToken);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        // The scheduler stays stopped: a drain of the outbox in the background would race what these tests store and check.
        return new BotAppFactory(all, services =>
        {
            services.Configure<QuartzHostedServiceOptions>(options => options.StartDelay = TimeSpan.FromHours(1));
            configureServices?.Invoke(services);
        });
    }

    /// <summary>Where the host still holds something naming the person: their ids in a person column or any Azure entity, their marker anywhere.</summary>
    public async Task<IReadOnlyList<Mention>> MentionsAsync(BotAppFactory app, PersonalDataSeed person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(person);
        string[] ids = [person.TeamsUserId, person.AadObjectId];
        var database = app.Get<SqliteDatabase>();
        var found = new List<Mention>();
        if (HasSqliteData(database))
        {
            foreach (var (table, column) in await PersonColumnsAsync(database, cancellationToken))
            {
                if (await SchemaScan.CountAsync(database, table, column, ids, cancellationToken) is > 0 and var rows)
                {
                    found.Add(new Mention($"{table}.{column}", rows, ByMarker: false));
                }
            }

            found.AddRange((await SchemaScan.WhereTextAppearsAsync(database, person.Marker, cancellationToken)).Select(place => new Mention(place, 1, ByMarker: true)));
        }

        if (IsAzure)
        {
            foreach (var (table, entity) in await AzureTableScan.AllAsync(app.Services, cancellationToken))
            {
                var place = $"{table}[{entity.PartitionKey}/{entity.RowKey}]";
                if (AzureTableScan.Mentions(entity, ids))
                {
                    found.Add(new Mention(place, 1, ByMarker: false));
                }

                if (AzureTableScan.Mentions(entity, [person.Marker]))
                {
                    found.Add(new Mention(place, 1, ByMarker: true));
                }
            }
        }

        return found;
    }

    /// <summary>Rows that name nobody and are no raw answers, counted per table (SQLite tables with no person column, unstamped Azure entities).</summary>
    public async Task<IReadOnlyDictionary<string, long>> AnonymousCountsAsync(BotAppFactory app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var database = app.Get<SqliteDatabase>();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in HasSqliteData(database) ? await SchemaScan.TablesAsync(database, cancellationToken) : [])
        {
            if (!(await SchemaScan.ColumnsAsync(database, table, cancellationToken)).Any(SchemaScan.IsPersonColumn))
            {
                counts[table] = await SchemaScan.CountAllAsync(database, table, cancellationToken);
            }
        }

        if (IsAzure)
        {
            foreach (var table in (await AzureTableScan.AllAsync(app.Services, cancellationToken)).Where(row => AzureTableScan.IsAnonymous(row.Entity)).GroupBy(row => row.Table))
            {
                counts["azure:" + table.Key] = table.Count();
            }
        }

        return counts;
    }

    /// <summary>Every (table, person column) pair of the SQLite file, but the ones that name nobody.</summary>
    public static async Task<IReadOnlyList<(string Table, string Column)>> PersonColumnsAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
        (await SchemaScan.PersonColumnsAsync(database, cancellationToken)).Except(Anonymous).ToList();

    private bool IsAzure => _azurite is not null;

    private bool HasSqliteData(SqliteDatabase database) => !IsAzure || File.Exists(database.FilePath);
}
