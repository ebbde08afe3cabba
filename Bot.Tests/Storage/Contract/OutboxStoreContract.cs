using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

public abstract class OutboxStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_claim_is_not_given_twice_while_its_lease_runs()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "checkin", "{}", Start)], token);

        var first = await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token);
        var second = await outbox.ClaimDueAsync(10, Start.AddMinutes(1), Start.AddMinutes(3), token);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(1, first[0].Attempts);
    }

    [Fact]
    public async Task After_the_lease_ends_the_row_is_claimed_again_and_the_old_claim_cannot_write()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "checkin", "{}", Start)], token);
        var stale = (await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token))[0];

        var retaken = (await outbox.ClaimDueAsync(10, Start.AddMinutes(2), Start.AddMinutes(4), token))[0];

        Assert.Equal(2, retaken.Attempts);
        Assert.False(await outbox.MarkSentAsync(stale, "1", Start.AddMinutes(2), token));
        Assert.True(await outbox.MarkSentAsync(retaken, "2", Start.AddMinutes(2), token));
        Assert.Equal(new DeliveryCounts(0, 0, 1, 0, 0), await outbox.CountAsync("c", token));
        Assert.Null(await outbox.NextDueAtAsync(token));
    }

    [Fact]
    public async Task A_retry_is_not_due_before_its_time()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "checkin", "{}", Start)], token);
        var claimed = (await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token))[0];

        await outbox.MarkRetryAsync(claimed, Start.AddSeconds(30), "502", conversationRecreated: false, token);

        Assert.Empty(await outbox.ClaimDueAsync(10, Start.AddSeconds(29), Start.AddMinutes(2), token));
        Assert.Equal(Start.AddSeconds(30), await outbox.NextDueAtAsync(token));
        var again = Assert.Single(await outbox.ClaimDueAsync(10, Start.AddSeconds(30), Start.AddMinutes(2), token));
        Assert.Equal("502", again.LastErrorCode);
    }

    [Fact]
    public async Task A_claim_handed_back_is_due_at_once_without_costing_an_attempt_and_only_by_its_holder()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "checkin", "{}", Start)], token);
        var claimed = (await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token))[0];

        Assert.True(await outbox.ReleaseAsync(claimed, Start.AddSeconds(5), token));

        Assert.False(await outbox.ReleaseAsync(claimed, Start.AddSeconds(5), token));
        Assert.False(await outbox.MarkSentAsync(claimed, "1", Start.AddSeconds(5), token));
        Assert.Equal(new DeliveryCounts(1, 0, 0, 0, 0), await outbox.CountAsync("c", token));
        Assert.Equal(Start.AddSeconds(5), await outbox.NextDueAtAsync(token));
        var again = Assert.Single(await outbox.ClaimDueAsync(10, Start.AddSeconds(5), Start.AddMinutes(2), token));
        Assert.Equal(1, again.Attempts);
    }

    [Fact]
    public async Task A_finished_message_keeps_no_copy_of_its_card_and_one_still_due_keeps_it_whole()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Robin's entry: what I tried today"}]}""";
        var ends = new Dictionary<string, Func<OutboxMessage, Task<bool>>>
        {
            ["sent"] = claimed => outbox.MarkSentAsync(claimed, "activity-1", Start, token),
            ["failed"] = claimed => outbox.MarkFailedAsync(claimed, "403", token),
            ["unreachable"] = claimed => outbox.MarkUnreachableAsync(claimed, "blocked", token),
            ["skipped"] = claimed => outbox.MarkSkippedAsync(claimed, "opted-out", token),
        };
        await outbox.EnqueueAsync([.. ends.Keys.Select(kind => OutboxMessage.Create("c", "29:a", "t", kind, Card, Start)), OutboxMessage.Create("c", "29:a", "t", "retried", Card, Start), OutboxMessage.Create("c", "29:a", "t", "cancelled", Card, Start)], token);
        var claimed = await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token);
        foreach (var message in claimed.Where(message => ends.ContainsKey(message.Kind)))
        {
            Assert.True(await ends[message.Kind](message));
        }

        Assert.True(await outbox.MarkRetryAsync(claimed.Single(message => message.Kind == "retried"), Start.AddMinutes(1), "502", conversationRecreated: false, token));
        Assert.True(await outbox.ReleaseAsync(claimed.Single(message => message.Kind == "cancelled"), Start.AddMinutes(1), token));
        Assert.True(await outbox.CancelPendingAsync(OutboxMessage.KeyFor("c", "29:a", "cancelled"), "withdrawn", token));

        foreach (var kind in ends.Keys.Append("cancelled"))
        {
            var finished = await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", kind), token);
            Assert.True(finished is { CardJson: "" }, $"the {kind} message still holds its card");
        }

        Assert.Equal(Card, (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "retried"), token))!.CardJson);
        var retried = Assert.Single(await outbox.ClaimDueAsync(10, Start.AddMinutes(1), Start.AddMinutes(3), token));
        Assert.Equal(Card, retried.CardJson);
        Assert.Equal(new DeliveryCounts(0, 1, 1, 1, 1) { Skipped = 2 }, await outbox.CountAsync("c", token));
    }

    [Fact]
    public async Task A_waiting_card_is_replaced_before_it_goes_and_a_claimed_or_sent_one_is_not()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        const string Rebuilt = """{"type":"AdaptiveCard","body":[]}""";
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "19:general", "t", "story-digest", "{}", Start), OutboxMessage.Create("c", "19:other", "t", "story-digest", "{}", Start)], token);
        var other = await outbox.FindAsync(OutboxMessage.KeyFor("c", "19:other", "story-digest"), token);

        Assert.True(await outbox.ReplacePendingCardAsync(OutboxMessage.KeyFor("c", "19:general", "story-digest"), Rebuilt, token));
        var claimed = await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token);

        Assert.Equal(Rebuilt, claimed.Single(m => m.RecipientId == "19:general").CardJson);
        Assert.Equal("{}", claimed.Single(m => m.RecipientId == "19:other").CardJson);
        Assert.False(await outbox.ReplacePendingCardAsync(other!.IdempotencyKey, Rebuilt, token));
        Assert.False(await outbox.ReplacePendingCardAsync(OutboxMessage.KeyFor("c", "19:unknown", "story-digest"), Rebuilt, token));
        Assert.Equal("{}", (await outbox.FindAsync(other.IdempotencyKey, token))!.CardJson);
    }

    [Fact]
    public async Task A_held_reply_is_moved_into_its_thread_and_made_due_and_a_claimed_one_is_not()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        var later = Start.AddDays(1);
        await outbox.EnqueueAsync(
        [
            OutboxMessage.ForChannel("set:1", "19:general", null, "t", "learning-summary", "{}", Start) with { NextAttemptAt = later },
            OutboxMessage.ForChannel("set:1", "19:general", null, "t", "learning-ended", "{}", Start),
        ], token);
        var ended = Assert.Single(await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token));

        Assert.True(await outbox.MovePendingAsync(OutboxMessage.KeyFor("set:1", "19:general", "learning-summary"), "19:general;messageid=7", Start, token));
        Assert.False(await outbox.MovePendingAsync(ended.IdempotencyKey, "19:general;messageid=7", Start, token));
        Assert.False(await outbox.MovePendingAsync(OutboxMessage.KeyFor("set:1", "19:other", "learning-summary"), "19:other;messageid=7", Start, token));

        var moved = Assert.Single(await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token));
        Assert.Equal(("learning-summary", "19:general;messageid=7"), (moved.Kind, moved.ChannelConversationId));
        Assert.Equal("19:general", (await outbox.FindAsync(ended.IdempotencyKey, token))!.ChannelConversationId);
    }

    // Decision 093: a member's note held behind a round's post gets its link and goes when the post does.
    [Fact]
    public async Task A_held_note_gets_its_new_card_and_is_made_due_and_a_claimed_one_is_not()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        const string Linked = """{"type":"AdaptiveCard","body":[],"actions":[]}""";
        await outbox.EnqueueAsync(
        [
            OutboxMessage.Create("told-set", "29:sam", "t", "learning-set-ended", "{}", Start) with { NextAttemptAt = Start.AddHours(6) },
            OutboxMessage.Create("told-set", "29:robin", "t", "learning-set-ended", "{}", Start),
        ], token);
        var robins = Assert.Single(await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token));

        Assert.True(await outbox.ReplacePendingCardAsync(OutboxMessage.KeyFor("told-set", "29:sam", "learning-set-ended"), Linked, Start.AddMinutes(1), token));
        Assert.False(await outbox.ReplacePendingCardAsync(robins.IdempotencyKey, Linked, Start, token));
        Assert.False(await outbox.ReplacePendingCardAsync(OutboxMessage.KeyFor("told-set", "29:alex", "learning-set-ended"), Linked, Start, token));

        Assert.Empty(await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token));
        var sams = Assert.Single(await outbox.ClaimDueAsync(10, Start.AddMinutes(1), Start.AddMinutes(3), token));
        Assert.Equal(("29:sam", Linked, (string?)null), (sams.RecipientId, sams.CardJson, sams.ChannelConversationId));
        Assert.Equal("{}", (await outbox.FindAsync(robins.IdempotencyKey, token))!.CardJson);
    }

    [Fact]
    public async Task A_card_still_waiting_to_carry_someones_words_is_deleted_unsent_with_their_data_and_the_others_still_go()
    {
        var token = TestContext.Current.CancellationToken;
        var outbox = Store<IOutboxStore>();
        var robin = new PersonIdentity("29:robin", "AAD-Robin");
        const string RobinsWords = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Robin: I am struggling with a review"}]}""";
        await outbox.EnqueueAsync(
            [
                OutboxMessage.Create("c", "29:alex", "t", "support-request", RobinsWords, Start).WrittenBy(robin),
                OutboxMessage.Create("c", "29:alex", "t", "story-offer", RobinsWords, Start).WrittenBy(new PersonIdentity("", "aad-robin")),
                OutboxMessage.ForChannel("c", "19:channel", null, "t", "exercise-share", RobinsWords, Start).WrittenBy(new PersonIdentity("29:robin", null)),
                OutboxMessage.Create("c", "29:alex", "t", "in-flight", RobinsWords, Start.AddMinutes(-1)).WrittenBy(robin),
                OutboxMessage.Create("c", "29:alex", "t", "sams-entry", "{}", Start).WrittenBy(new PersonIdentity("29:sam", "aad-sam")),
                OutboxMessage.Create("c", "29:alex", "t", "checkin", "{}", Start),
            ],
            token);
        var inFlight = Assert.Single(await outbox.ClaimDueAsync(1, Start.AddMinutes(-1), Start.AddMinutes(5), token));
        Assert.Equal(("in-flight", "29:robin", "AAD-Robin"), (inFlight.Kind, inFlight.WriterId, inFlight.WriterAadObjectId));

        var removed = await PersonalDataSource("outbox").DeleteAsync(robin, token);

        Assert.Equal(4, removed);
        foreach (var kind in new[] { "support-request", "story-offer" })
        {
            Assert.Null(await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:alex", kind), token));
        }

        Assert.Null(await outbox.FindAsync(OutboxMessage.KeyFor("c", "19:channel", "exercise-share"), token));
        Assert.Null(await PersonalDataSource("outbox").ExportAsync(robin, token));

        // What others wrote, and the bot's own cards, still go. The card already being sent still reaches Teams, but
        // whatever becomes of that send (sent, or a 429 asking for a retry) finds no row: it is never sent again.
        Assert.False(await outbox.MarkRetryAsync(inFlight, Start.AddMinutes(1), "429", conversationRecreated: false, token));
        Assert.False(await outbox.MarkSentAsync(inFlight, "activity-2", Start, token));
        Assert.Null(await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:alex", "in-flight"), token));
        var due = await outbox.ClaimDueAsync(10, Start, Start.AddMinutes(2), token);
        Assert.Equal(["checkin", "sams-entry"], due.Select(message => message.Kind).Order(StringComparer.Ordinal));
        foreach (var message in due)
        {
            Assert.True(await outbox.MarkSentAsync(message, "activity", Start, token));
        }

        // Nothing is left due: no place in the due order outlives its message, and a sent card forgets its card and writer.
        Assert.Empty(await outbox.ClaimDueAsync(10, Start.AddMinutes(10), Start.AddMinutes(12), token));
        Assert.Null(await outbox.NextDueAtAsync(token));
        var sent = await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:alex", "sams-entry"), token);
        Assert.Equal(("", null, null), (sent!.CardJson, sent.WriterId, sent.WriterAadObjectId));
    }
}

/// <summary>The IOutboxStore contract on SQLite.</summary>
public sealed class OutboxStoreContractOnSqlite() : OutboxStoreContract(StoreBackend.Sqlite());

/// <summary>The IOutboxStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class OutboxStoreContractOnAzurite(Azurite azurite) : OutboxStoreContract(StoreBackend.Azure(azurite));
