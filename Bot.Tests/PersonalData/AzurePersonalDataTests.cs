using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Tests.Storage.Contract;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>What only Azure Tables can get wrong: rows spread over partitions, written without a transaction between them.</summary>
[Slow]
public sealed class AzurePersonalDataTests(Azurite azurite) : IAsyncLifetime
{
    private readonly StoreBackend _backend = StoreBackend.Azure(azurite);
    private IServiceProvider? _services;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started");

    public async ValueTask InitializeAsync()
    {
        await _backend.StartAsync(Token);
        _services = _backend.Build(TimeProvider.System, null);
    }

    public async ValueTask DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Stored_replies_of_a_chat_whose_pointer_was_lost_in_a_crash_are_still_deleted_with_the_chat()
    {
        var alex = PersonalDataSeed.Alex;
        await Services.GetRequiredService<IConversationStore>().UpsertAsync(
            new ConversationReference { ConversationId = alex.ConversationId, ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, UserId = alex.TeamsUserId }, Token);
        var deduplicator = Services.GetRequiredService<IActivityDeduplicator>();
        await deduplicator.TryClaimAsync(alex.ConversationId, "activity-1", Token);
        await deduplicator.CompleteAsync(alex.ConversationId, "activity-1", $$"""{"text":"{{alex.Marker}}"}""", Token);
        var conversations = Services.GetRequiredService<AzureTableSet>()[AzureConversationStore.TableName];
        var pointer = new TableEntity("user|" + alex.TeamsUserId, alex.ConversationId);
        Assert.True(await conversations.TryAsync(new TableTransactionAction(TableTransactionActionType.Delete, pointer, ETag.All), Token));

        var removed = await Services.GetServices<IPersonalDataSource>().Single(source => source.Name == "conversations").DeleteAsync(alex.Identity, Token);

        Assert.Equal(2, removed);
        var activities = Services.GetRequiredService<AzureTableSet>()[AzureActivityDeduplicator.TableName];
        Assert.Empty(await activities.QueryAsync("", Token));
        Assert.Empty(await conversations.QueryAsync("", Token));
    }

    // A replace writes only the properties it is given: a write path that forgets the stamp hides the row from "my data".
    [Fact]
    public async Task Rows_rewritten_by_every_later_write_keep_their_stamp_and_go_with_the_person()
    {
        var alex = PersonalDataSeed.Alex;
        var at = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        var conversations = Services.GetRequiredService<IConversationStore>();
        await conversations.UpsertAsync(
            new ConversationReference { ConversationId = alex.ConversationId, ServiceUrl = "https://smba.example/", Kind = ConversationKind.Personal, UserId = alex.TeamsUserId }, Token);
        await conversations.TryMarkWelcomedAsync(alex.ConversationId, at, Token);
        await conversations.MarkUninstalledAsync(alex.ConversationId, at, Token);
        var teams = Services.GetRequiredService<ITeamStore>();
        var member = new TeamMember { TeamId = PersonalDataSeed.TeamId, AadObjectId = alex.AadObjectId, TeamsUserId = alex.TeamsUserId, Name = alex.Marker };
        await teams.SyncRosterAsync(PersonalDataSeed.TeamId, [member], Token);
        await teams.SetChampionAsync(PersonalDataSeed.TeamId, alex.AadObjectId.ToUpperInvariant(), true, at, Token);
        var sessions = Services.GetRequiredService<IExerciseSessionStore>();
        var run = new ExerciseSession { SessionId = "run", PersonId = alex.TeamsUserId, ExerciseId = "learning-log", Status = ExerciseSessionStatus.InProgress, Version = 1, UpdatedAt = at };
        await sessions.TryAddAsync(run, Token);
        await sessions.TryUpdateAsync(run with { StepIndex = 1 }, 1, Token);
        await sessions.TryUpdateAsync(run with { Status = ExerciseSessionStatus.Completed, CompletedAt = at }, 2, Token);
        var outbox = Services.GetRequiredService<IOutboxStore>();
        await outbox.EnqueueAsync([OutboxMessage.Create("cycle", alex.TeamsUserId, "tenant-1", "checkin", alex.Marker, at)], Token);
        await outbox.MarkRetryAsync(Assert.Single(await outbox.ClaimDueAsync(5, at, at.AddMinutes(1), Token)), at, "Throttled", false, Token);
        await outbox.MarkSentAsync(Assert.Single(await outbox.ClaimDueAsync(5, at, at.AddMinutes(1), Token)), "sent-1", at, Token);
        var checkIns = Services.GetRequiredService<ICheckInStore>();
        foreach (var rating in new[] { 2, 4 })
        {
            await checkIns.SaveAnswerAsync(new CheckInAnswer("cycle", alex.TeamsUserId, PersonalDataSeed.TeamId, rating, alex.Marker, null, false, null, new Dictionary<string, int>(), null, at), Token);
        }

        var written = (await PlacesNamingAsync(alex)).Select(place => place[..place.IndexOf('[', StringComparison.Ordinal)]).Distinct().Count();

        foreach (var source in Services.GetServices<IPersonalDataSource>())
        {
            await source.DeleteAsync(alex.Identity, Token);
        }

        // The scan saw the person in each of the five tables written above, so finding nothing after the delete means something.
        Assert.Equal(5, written);
        Assert.Empty(await PlacesNamingAsync(alex));
    }

    // "table[partition/row]" of every entity that names the person by their ids or by what they wrote.
    private async Task<List<string>> PlacesNamingAsync(PersonalDataSeed person) =>
        (await AzureTableScan.AllAsync(Services, Token))
            .Where(row => AzureTableScan.Mentions(row.Entity, [person.TeamsUserId, person.AadObjectId, person.Marker]))
            .Select(row => $"{row.Table}[{row.Entity.PartitionKey}/{row.Entity.RowKey}]")
            .ToList();
}
