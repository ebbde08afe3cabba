using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>
/// The leader's rhythm card on a bot running on Azure Tables: after a real cycle fans out and is delivered, the card shows
/// the last cycle's counts, read from the Azure deliveries and outbox (the SQLite file holds none of it).
/// </summary>
[Slow]
public sealed class RhythmCardOnAzuriteTests(Azurite azurite)
{
    private const string TeamId = "19:azure-team@thread.tacv2";
    private const string LeaderAad = "00000000-0000-0000-0000-0000000000020";
    private static readonly string[] Staff = ["29:one", "29:two", "29:three"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_a_cycle_closes_the_rhythm_card_shows_its_delivery_counts_from_Azure_Tables()
    {
        using var app = new BotAppFactory(await SettingsAsync(), UseRecorderForProactiveSends);
        await SeedAsync(app);
        await app.Get<IReachability>().MarkUnreachableAsync("29:three", "BotBlocked", TimeProvider.System.GetUtcNow(), Token);
        var rhythm = new CheckInSchedule(TeamId, CheckInCadence.Weekly, DayOfWeek.Monday, new TimeOnly(0, 0), "Etc/UTC");
        await app.Get<ITeamRhythmStore>().SaveAsync(rhythm, LeaderAad, TimeProvider.System.GetUtcNow(), Token);

        // A cycle that closes a few seconds from now, when the next slot comes: only a closed cycle is counted (decision 054).
        var opens = TimeProvider.System.GetUtcNow();
        var closes = opens.AddSeconds(8);
        var key = CheckInMessages.NewCycleKey();
        Assert.Equal(4, await app.Get<CheckInFanOut>().OpenCycleAsync(TeamId, opens, closes, key, Token));
        var whileOpen = await app.InvokeCardAsync(TeamRhythmVerbs.Open, []);
        for (var drain = 0; drain < 50 && app.Connector.Sent.Count < 3; drain++)
        {
            await app.Get<DeliveryEngine>().DrainAsync(Token);
        }

        var wait = closes - TimeProvider.System.GetUtcNow() + TimeSpan.FromMilliseconds(200);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Token);
        var form = await app.InvokeCardAsync(TeamRhythmVerbs.Open, []);

        Assert.Contains("once a scheduled check-in has closed", whileOpen.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Last finished check-in", form.GetRawText(), StringComparison.Ordinal);
        var counted = await app.Get<IOutboxStore>().CountAsync(CheckInMessages.CycleId(TeamId, opens, key), Token);
        Assert.Equal((3, 1), (counted.Sent, counted.Unreachable));
        var facts = form.GetProperty("body").EnumerateArray().Where(element => element.GetProperty("type").GetString() == "FactSet")
            .SelectMany(set => set.GetProperty("facts").EnumerateArray())
            .ToDictionary(fact => fact.GetProperty("title").GetString()!, fact => fact.GetProperty("value").GetString());
        Assert.Equal("fewer than 5", facts["Sent"]);
        Assert.Equal("fewer than 5", facts["Could not reach (the app was removed or blocked)"]);
        Assert.Equal("fewer than 5", facts["Waiting to go out"]);
        Assert.IsType<AzureCheckInDeliveryStore>(app.Get<ICheckInDeliveryStore>());
        Assert.IsType<AzureTeamRhythmStore>(app.Get<ITeamRhythmStore>());
        Assert.False(File.Exists(app.Get<SqliteDatabase>().FilePath), "on Azure Tables the bot keeps nothing in its SQLite file");
    }

    private async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = await azurite.StorageSettingsAsync("rhythm", Token);

        // Every day a working day and a one-minute quiet hour, so the check-ins are due as soon as the cycle opens.
        settings["CheckIns:QuietHoursStart"] = "03:00";
        settings["CheckIns:QuietHoursEnd"] = "03:01";
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        foreach (var (day, index) in days.Select((day, index) => (day, index)))
        {
            settings[$"CheckIns:WorkingDays:{index}"] = day;
        }

        return settings;
    }

    // Proactive sends use the keyed single-attempt client; it is pointed at the recording connector too, so nothing leaves the test.
    private static void UseRecorderForProactiveSends(IServiceCollection services)
    {
        services.RemoveAllKeyed<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey);
        services.AddKeyedSingleton<IConnectorClient>(ConnectorServiceCollectionExtensions.SingleAttemptKey, (provider, _) => provider.GetRequiredService<IConnectorClient>());
    }

    private static async Task SeedAsync(BotAppFactory app)
    {
        var now = TimeProvider.System.GetUtcNow();
        var teams = app.Get<ITeamStore>();
        await teams.UpsertTeamAsync(new Team { TeamId = TeamId, TenantId = "t", ServiceUrl = "https://smba.example/", Name = "Azure team", UpdatedAt = now }, Token);
        foreach (var (member, index) in Staff.Prepend("user-id-0").Select((member, index) => (member, index)))
        {
            var aad = index == 0 ? LeaderAad : "aad-" + member;
            await app.Get<IPersonStore>().UpsertAsync(new Person { TeamsUserId = member, AadObjectId = aad, TimeZone = "Etc/UTC", FirstSeenAt = now, LastSeenAt = now }, Token);
            await teams.UpsertMemberAsync(new TeamMember { TeamId = TeamId, AadObjectId = aad, TeamsUserId = member, IsOwner = index == 0, UpdatedAt = now }, Token);
            await app.Get<IConversationStore>().UpsertAsync(
                new ConversationReference { ConversationId = "a:" + member, ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, TenantId = "t", UserId = member, UpdatedAt = now },
                Token);
        }
    }
}
