using System.Text.Json;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Drives the exercise engine as a person in Teams would: presses the buttons on the last card by their title,
/// sending the button's own data plus the inputs typed, on a real SQLite store. Every card shown is kept.
/// </summary>
public sealed class ExerciseDriver : IAsyncDisposable
{
    private readonly TempSqlite _database;

    private ExerciseDriver(TempSqlite database, TimeProvider timeProvider, string personId, IReadOnlyList<IExercise> exercises)
    {
        _database = database;
        PersonId = personId;
        Store = new SqliteExerciseSessionStore(database.Database);
        Engine = new ExerciseEngine(exercises, Store, timeProvider);
    }

    public string PersonId { get; }

    public IExerciseSessionStore Store { get; }

    public ExerciseEngine Engine { get; }

    public AdaptiveCard Card { get; private set; } = new();

    public List<AdaptiveCard> Shown { get; } = [];

    /// <summary>Every text a person reads on the last card.</summary>
    public string Text => string.Join('\n', CardTexts.Of(CardJson.ToElement(Card)));

    public static async Task<ExerciseDriver> CreateAsync(string personId = "29:alex", TimeProvider? timeProvider = null, IReadOnlyList<IExercise>? exercises = null) =>
        new(await TempSqlite.CreateAsync(), timeProvider ?? new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero)), personId, exercises ?? ExerciseCatalog.All);

    /// <summary>Sends a verb with data, as a typed command or a menu button would.</summary>
    public async Task<AdaptiveCard> SendAsync(string verb, IReadOnlyDictionary<string, string>? data = null)
    {
        Card = await Engine.HandleAsync(new ExerciseRequest(PersonId, verb, data ?? new Dictionary<string, string>()), TestContext.Current.CancellationToken);
        Shown.Add(Card);
        return Card;
    }

    /// <summary>Opens an exercise's intro card and begins it.</summary>
    public async Task<AdaptiveCard> BeginAsync(string exerciseId)
    {
        await SendAsync(ExerciseVerbs.Intro, new Dictionary<string, string> { [ExerciseVerbs.ExerciseKey] = exerciseId });
        return await PressAsync("Begin");
    }

    /// <summary>Presses the button titled <paramref name="title"/> on the last card, with these inputs.</summary>
    public Task<AdaptiveCard> PressAsync(string title, IReadOnlyDictionary<string, string>? inputs = null, string? exerciseId = null)
    {
        var button = FindButton(title, exerciseId);
        var data = new Dictionary<string, string>(button.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return SendAsync(button.Verb, data);
    }

    /// <summary>Sends a request as it is, without keeping the card (a second device, or another person).</summary>
    public Task<AdaptiveCard> SendAsync(ExerciseRequest request) => Engine.HandleAsync(request, TestContext.Current.CancellationToken);

    /// <summary>What a person reads on a card.</summary>
    public static string TextOf(AdaptiveCard card) => string.Join('\n', CardTexts.Of(CardJson.ToElement(card)));

    /// <summary>The verb and data of the button titled <paramref name="title"/> on the last card, with these inputs added.</summary>
    public ExerciseRequest Request(string title, IReadOnlyDictionary<string, string>? inputs = null, string? personId = null)
    {
        var button = FindButton(title, null);
        var data = new Dictionary<string, string>(button.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
        {
            data[key] = value;
        }

        return new ExerciseRequest(personId ?? PersonId, button.Verb, data);
    }

    /// <summary>The value an input on the last card is filled with, or null.</summary>
    public string? InputValue(string id) =>
        Inputs(CardJson.ToElement(Card)).Where(input => input.GetProperty("id").GetString() == id)
            .Select(input => input.TryGetProperty("value", out var value) ? value.GetString() : null).FirstOrDefault();

    /// <summary>The ids of the inputs on the last card.</summary>
    public IReadOnlyList<string> InputIds() =>
        Inputs(CardJson.ToElement(Card)).Select(input => input.GetProperty("id").GetString()!).ToList();

    public async Task<ExerciseSession> OnlySessionAsync(string exerciseId) =>
        Assert.Single(await Store.ListAsync(PersonId, exerciseId, null, TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private ExecuteAction FindButton(string title, string? exerciseId)
    {
        var buttons = Buttons(Card.Actions ?? []).Concat(Card.Body.SelectMany(Buttons))
            .Where(b => b.Title == title && (exerciseId is null || b.Data?.GetValueOrDefault(ExerciseVerbs.ExerciseKey) == exerciseId))
            .ToList();
        Assert.True(buttons.Count > 0, $"No button \"{title}\" on the card:\n{Text}");
        return buttons[0];
    }

    private static IEnumerable<ExecuteAction> Buttons(IEnumerable<CardAction> actions) => actions.OfType<ExecuteAction>();

    private static IEnumerable<ExecuteAction> Buttons(CardElement element) => element switch
    {
        ActionSet set => Buttons(set.Actions),
        Container container => container.Items.SelectMany(Buttons),
        ColumnSet columns => columns.Columns.SelectMany(c => c.Items).SelectMany(Buttons),
        _ => [],
    };

    private static IEnumerable<JsonElement> Inputs(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal))
            {
                yield return element;
            }

            foreach (var child in element.EnumerateObject().SelectMany(p => Inputs(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Inputs))
            {
                yield return child;
            }
        }
    }
}
