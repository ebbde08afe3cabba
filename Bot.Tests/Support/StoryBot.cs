using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using Quartz;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The real host with one team ("My Team", channel "team-id") whose roster the test sets, and helpers to press story
/// and learning-set buttons as a given person, in the 1:1 chat or in the channel. Proactive sends are recorded too.
/// </summary>
public sealed class StoryBot : IAsyncDisposable
{
    public const string TeamId = "team-id";
    public const string Channel = "team-id";
    public const string AlexAad = "00000000-0000-0000-0000-0000000000020";
    public const string SamAad = "00000000-0000-0000-0000-0000000000021";
    public const string RobinAad = "00000000-0000-0000-0000-0000000000022";

    private StoryBot(BotAppFactory app) => App = app;

    public BotAppFactory App { get; }

    /// <summary>
    /// Keeps Quartz from starting, so no background drain of the outbox runs (not even the first one at start-up, which a
    /// loaded machine may fire late): for tests that change something while a card waits, and then drain by hand.
    /// </summary>
    public static Action<IServiceCollection> NoBackgroundDrain { get; } =
        services => services.Configure<QuartzHostedServiceOptions>(options => options.StartDelay = TimeSpan.FromHours(1));

    public List<JsonElement> Shown { get; } = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// Alex, Sam and Robin are in the team; <paramref name="alex"/> and <paramref name="sam"/> give their roles (Robin is
    /// staff); <paramref name="settings"/> are added to the host's (Storage:Provider, for instance). A
    /// <paramref name="dataDirectory"/> the test owns puts several hosts on the same SQLite file.
    /// </summary>
    public static async Task<StoryBot> CreateAsync(
        TeamRole alex = TeamRole.Leader, TeamRole sam = TeamRole.Staff, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null,
        string? dataDirectory = null)
    {
        BotAppFactory app = null!;
        app = new BotAppFactory(
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Delivery:DrainInterval"] = "01:00:00" },
            services =>
            {
                // Proactive sends use the single-attempt client; record them like the turn's replies.
                var keyed = services.Where(d => d.IsKeyedService && Equals(d.ServiceKey, ConnectorServiceCollectionExtensions.SingleAttemptKey)).ToList();
                keyed.ForEach(d => services.Remove(d));
                services.AddKeyedSingleton<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey, (_, _) => app.Connector);
                configureServices?.Invoke(services);
            },
            dataDirectory);
        var bot = new StoryBot(app);
        await app.PostActivityAsync(Samples.Fresh("installationUpdate-channel"));
        var personal = Samples.Fresh("message-personal");
        personal["text"] = "hello";
        await app.PostActivityAsync(personal);
        var teams = app.Get<ITeamStore>();
        await teams.SyncRosterAsync(
            TeamId,
            [
                Member(AlexAad, "user-id-0", "Alex Wilber", alex == TeamRole.Leader),
                Member(SamAad, "user-id-1", "Sam Baker", sam == TeamRole.Leader),
                Member(RobinAad, "user-id-2", "Robin Cole", owner: false),
            ],
            Token);
        var now = TimeProvider.System.GetUtcNow();
        await teams.SetChampionAsync(TeamId, AlexAad, alex == TeamRole.Champion, now, Token);
        await teams.SetChampionAsync(TeamId, SamAad, sam == TeamRole.Champion, now, Token);
        app.Connector.Sent.Clear();
        return bot;
    }

    /// <summary>
    /// Presses an Action.Execute button as the person with <paramref name="aad"/>; returns the card or message Teams would show.
    /// <paramref name="localTimezone"/> is the IANA zone Teams reports for the presser's device (the sample's UTC when null).
    /// </summary>
    public async Task<JsonElement> PressAsync(string verb, IReadOnlyDictionary<string, string> data, string aad = AlexAad, bool inChannel = false, string? cardActivityId = null, string? localTimezone = null)
    {
        var invoke = Invoke(verb, data, aad, inChannel, cardActivityId);
        if (localTimezone is not null)
        {
            invoke["localTimezone"] = localTimezone;
            invoke["entities"]![0]!["timezone"] = localTimezone;
        }

        using var response = await App.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.Clone();
        if (body.GetProperty("type").GetString() == "application/vnd.microsoft.card.adaptive")
        {
            Shown.Add(body.GetProperty("value"));
        }

        return body.GetProperty("value");
    }

    /// <summary>Presses a button whose turn may fail (a simulated crash): whatever the host answers, nothing is asserted.</summary>
    public async Task PressIgnoringAnswerAsync(string verb, IReadOnlyDictionary<string, string> data, string aad)
    {
        using var response = await App.PostActivityAsync(Invoke(verb, data, aad, inChannel: false, cardActivityId: null));
    }

    private static JsonObject Invoke(string verb, IReadOnlyDictionary<string, string> data, string aad, bool inChannel, string? cardActivityId)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["from"] = new JsonObject { ["id"] = TeamsIdOf(aad), ["name"] = NameOf(aad), ["aadObjectId"] = aad };
        if (inChannel)
        {
            invoke["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "00000000-0000-0000-0000-0000000000001", ["id"] = Channel };
            invoke["channelData"] = JsonNode.Parse("""{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"},"team":{"id":"team-id"},"channel":{"id":"team-id"}}""");
        }

        invoke["replyToId"] = cardActivityId;
        var json = new JsonObject();
        foreach (var (key, value) in data)
        {
            json[key] = value;
        }

        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = json } };
        return invoke;
    }

    /// <summary>
    /// Types a message in the 1:1 chat, or in the channel with an @mention; <paramref name="localTimezone"/>, when given,
    /// is the zone Teams reports for the device.
    /// </summary>
    public async Task SayAsync(string text, string aad = AlexAad, bool inChannel = false, string? localTimezone = null)
    {
        var message = Samples.Fresh(inChannel ? "message-channel" : "message-personal");
        message["text"] = text;
        message["entities"] = localTimezone is null ? new JsonArray() : new JsonArray(new JsonObject { ["type"] = "clientInfo", ["timezone"] = localTimezone });
        if (localTimezone is not null)
        {
            message["localTimezone"] = localTimezone;
        }

        message["from"] = new JsonObject { ["id"] = TeamsIdOf(aad), ["name"] = NameOf(aad), ["aadObjectId"] = aad };
        using var response = await App.PostActivityAsync(message);
        Assert.True(response.IsSuccessStatusCode);
    }

    public Task<int> DrainAsync() => App.Get<DeliveryEngine>().DrainAsync(Token);

    /// <summary>
    /// Saves a weekly rhythm for the team and opens a check-in cycle an hour after <paramref name="now"/>, closing seven
    /// days later, as the cycle job would; the cycle's id.
    /// </summary>
    public async Task<string> OpenWeeklyCheckInAsync(DateTimeOffset now, string key)
    {
        var schedule = new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(9, 30), "Europe/London");
        await App.Get<ITeamRhythmStore>().SaveAsync(schedule, AlexAad, now, Token);
        var slot = now.AddHours(1);
        await App.Get<CheckInFanOut>().OpenCycleAsync(TeamId, slot, slot.AddDays(7), key, Token);
        return CheckInMessages.CycleId(TeamId, slot, key);
    }

    /// <summary>Whether the cycle's check-in card is queued (or was sent) to this person.</summary>
    public async Task<bool> CheckInQueuedAsync(string cycleId, string aad) =>
        await App.Get<IOutboxStore>().FindAsync(OutboxMessage.KeyFor(cycleId, TeamsIdOf(aad), CheckInMessages.CheckInKind), Token) is not null;

    public static string Text(JsonElement card) => string.Join('\n', CardTexts.Of(card));

    /// <summary>The data of a button on a card, as its Action.Execute sends it.</summary>
    public static Dictionary<string, string> DataOf(JsonElement card, string title) =>
        CardJsonButtons.Find(card, title)["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

    public static string TeamsIdOf(string aad) => aad switch
    {
        AlexAad => "user-id-0",
        SamAad => "user-id-1",
        _ => "user-id-2",
    };

    public static string NameOf(string aad) => aad switch
    {
        AlexAad => "Alex Wilber",
        SamAad => "Sam Baker",
        _ => "Robin Cole",
    };

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }

    private static TeamMember Member(string aad, string teamsId, string name, bool owner) =>
        new() { TeamId = TeamId, AadObjectId = aad, TeamsUserId = teamsId, Name = name, IsOwner = owner, UpdatedAt = TimeProvider.System.GetUtcNow() };
}
