using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Drives the check-in dialog as a person in Teams would: presses buttons on the last card by title, sending the
/// button's data plus the inputs typed, on a real SQLite store and a manual clock. Every card shown is kept.
/// </summary>
public sealed class CheckInDriver : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly TempSqlite _database;

    private CheckInDriver(TempSqlite database, string personId, string? timeZone)
    {
        _database = database;
        PersonId = personId;
        TimeZone = timeZone;
        Store = new SqliteCheckInStore(database.Database);
        Teams = new SqliteTeamStore(database.Database, Clock);
        // The snooze card asks the real reminder planner, over the same data (a team cycle opened here has no rhythm).
        var planner = new CheckInReminderPlanner(
            new SqliteCheckInDeliveryStore(database.Database, Clock), Store, Teams, new SqlitePersonStore(database.Database), new SqliteTeamRhythmStore(database.Database),
            new SqliteOutboxStore(database.Database), Options, Clock, NullLogger<CheckInReminderPlanner>.Instance);
        Dialog = new CheckInDialog(Store, Teams, planner, Options, Clock);
    }

    public string PersonId { get; }

    public string? TimeZone { get; }

    /// <summary>The SQLite database the stores use, for other stores over the same data.</summary>
    public SqliteDatabase Database => _database.Database;

    public ManualTimeProvider Clock { get; } = new(Start);

    public CheckInOptions Options { get; } = new();

    public SqliteCheckInStore Store { get; }

    public CheckInDialog Dialog { get; }

    public SqliteTeamStore Teams { get; }

    /// <summary>The person's Entra object id, as the activity carries it.</summary>
    public string AadObjectId => "aad-" + PersonId;

    public AdaptiveCard Card { get; private set; } = new();

    public List<AdaptiveCard> Shown { get; } = [];

    public string Text => ExerciseDriver.TextOf(Card);

    /// <summary>The last card as JSON, for what the text helper leaves out (input labels).</summary>
    public string Json => CardJson.Serialize(Card);

    public static async Task<CheckInDriver> CreateAsync(string personId = "29:alex", string? timeZone = "Europe/London") =>
        new(await TempSqlite.CreateAsync(), personId, timeZone);

    public async Task<AdaptiveCard> SendAsync(string verb, IReadOnlyDictionary<string, string>? data = null)
    {
        Card = await Dialog.HandleAsync(Request(verb, data), TestContext.Current.CancellationToken);
        Shown.Add(Card);
        return Card;
    }

    /// <summary>Presses the button titled <paramref name="title"/> on the last card, with these inputs.</summary>
    public Task<AdaptiveCard> PressAsync(string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = Button(title);
        return SendAsync(button.Verb, Merge(button.Data, inputs));
    }

    /// <summary>The request a press would send, without sending it.</summary>
    public CheckInRequest RequestFor(string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = Button(title);
        return Request(button.Verb, Merge(button.Data, inputs));
    }

    /// <summary>Opens a team cycle; the person is put in the team's roster unless <paramref name="member"/> is false.</summary>
    public async Task<CheckInCycle> OpenTeamCycleAsync(string teamId, bool pulse, bool member = true, IReadOnlyList<string>? conditions = null)
    {
        var now = Clock.GetUtcNow();
        await Teams.UpsertTeamAsync(new Team { TeamId = teamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = teamId, UpdatedAt = now }, TestContext.Current.CancellationToken);
        if (member)
        {
            await Teams.UpsertMemberAsync(new TeamMember { TeamId = teamId, AadObjectId = AadObjectId, TeamsUserId = PersonId, UpdatedAt = now }, TestContext.Current.CancellationToken);
        }

        var cycle = new CheckInCycle($"{teamId}-{Clock.GetUtcNow():yyyyMMdd}", teamId, Clock.GetUtcNow(), Clock.GetUtcNow().AddDays(7), pulse) { PulseConditions = conditions };
        await Store.SaveCycleAsync(cycle, TestContext.Current.CancellationToken);
        return cycle;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private CheckInRequest Request(string verb, IReadOnlyDictionary<string, string>? data) =>
        new(PersonId, verb, data ?? new Dictionary<string, string>(), TimeZone) { AadObjectId = AadObjectId };

    private ExecuteAction Button(string title)
    {
        var button = (Card.Actions ?? []).OfType<ExecuteAction>().FirstOrDefault(b => b.Title == title);
        Assert.True(button is not null, $"No button \"{title}\" on the card:\n{Text}");
        return button;
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? data, IReadOnlyDictionary<string, string>? inputs)
    {
        var merged = new Dictionary<string, string>(data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }

        return merged;
    }
}
