using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;

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
        Dialog = new CheckInDialog(Store, Options, Clock);
    }

    public string PersonId { get; }

    public string? TimeZone { get; }

    public ManualTimeProvider Clock { get; } = new(Start);

    public CheckInOptions Options { get; } = new();

    public SqliteCheckInStore Store { get; }

    public CheckInDialog Dialog { get; }

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

    public async Task<CheckInCycle> OpenTeamCycleAsync(string teamId, bool pulse)
    {
        var cycle = new CheckInCycle($"{teamId}-{Clock.GetUtcNow():yyyyMMdd}", teamId, Clock.GetUtcNow(), Clock.GetUtcNow().AddDays(7), pulse);
        await Store.SaveCycleAsync(cycle, TestContext.Current.CancellationToken);
        return cycle;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private CheckInRequest Request(string verb, IReadOnlyDictionary<string, string>? data) =>
        new(PersonId, verb, data ?? new Dictionary<string, string>(), TimeZone);

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
