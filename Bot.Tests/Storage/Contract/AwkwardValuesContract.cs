using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// Ids with the characters Azure forbids in keys (/ \ # ? and control characters) and our own separators, and values
/// larger than one Azure property holds, are stored and found again on both backends.
/// </summary>
public abstract class AwkwardValuesContract(StoreBackend backend) : StoreContract(backend)
{
    private const string AwkwardId = "a:1/b\\c#d?e%41|f\u0001g";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ids_with_forbidden_key_characters_round_trip_and_do_not_collide()
    {
        var conversations = Store<IConversationStore>();
        await conversations.UpsertAsync(Personal(AwkwardId, user: AwkwardId), Token);
        await conversations.UpsertAsync(Personal("a:1/b\\c#d?eA|f\u0001g", user: "other"), Token);

        Assert.Equal(AwkwardId, (await conversations.GetAsync(AwkwardId, Token))?.ConversationId);
        Assert.Equal(AwkwardId, (await conversations.FindPersonalAsync(AwkwardId, Token))?.ConversationId);
        Assert.True(await conversations.TryMarkWelcomedAsync(AwkwardId, Monday, Token));
        Assert.True(await conversations.TryMarkWelcomedAsync("a:1/b\\c#d?eA|f\u0001g", Monday, Token));
    }

    [Fact]
    public async Task A_card_larger_than_one_table_property_is_delivered_whole()
    {
        var outbox = Store<IOutboxStore>();
        var card = "{\"text\":\"" + string.Concat(Enumerable.Repeat("Ŵ kind words ", 9_000)) + "\"}";
        await outbox.EnqueueAsync([OutboxMessage.Create("cycle/1#", AwkwardId, "t", "checkin", card, Monday)], Token);

        var claimed = Assert.Single(await outbox.ClaimDueAsync(10, Monday, Monday.AddMinutes(1), Token));

        Assert.Equal(card, claimed.CardJson);
        Assert.Equal(AwkwardId, claimed.RecipientId);
        Assert.True(await outbox.MarkSentAsync(claimed, "1", Monday, Token));
        Assert.Equal(1, (await outbox.CountAsync("cycle/1#", Token)).Sent);
    }

    [Fact]
    public async Task Exercise_answers_keep_every_character()
    {
        var sessions = Store<IExerciseSessionStore>();
        var answers = ExerciseAnswers.Empty.With([new("worked", "Line one\nline \"two\" — ça va? 100% #1 / \\ \u0007 😀")]);
        var session = new ExerciseSession
        {
            SessionId = "s/1", PersonId = AwkwardId, ExerciseId = "learning-log", Status = ExerciseSessionStatus.InProgress,
            Answers = answers, Version = 1, StartedAt = Monday, UpdatedAt = Monday,
        };
        Assert.True(await sessions.TryAddAsync(session, Token));

        var found = await sessions.FindInProgressAsync(AwkwardId, "learning-log", Token);

        Assert.Equal(answers.Values, found?.Answers.Values);
    }

    private static ConversationReference Personal(string id, string user) => new()
    {
        ConversationId = id,
        ServiceUrl = "https://smba.example/",
        Kind = ConversationKind.Personal,
        UserId = user,
        UpdatedAt = Monday,
    };
}

/// <summary>The awkward-values contract on SQLite.</summary>
public sealed class AwkwardValuesContractOnSqlite() : AwkwardValuesContract(StoreBackend.Sqlite());

/// <summary>The awkward-values contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class AwkwardValuesContractOnAzurite(Azurite azurite) : AwkwardValuesContract(StoreBackend.Azure(azurite));
