using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// A database written before finished messages forgot their cards (decision 047) forgets them in the schema step that
/// came with it: the cards of sent, failed, unreachable and skipped messages go; one still due keeps its card. One
/// written before decision 090 keeps no card for a digest or round summary still waiting, and stamps a waiting
/// "champion is back" card with the person it names.
/// </summary>
public sealed class SqliteOutboxUpgradeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_upgrade_step_forgets_the_cards_of_finished_messages_and_keeps_the_ones_still_due()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var outbox = new SqliteOutboxStore(sqlite.Database);
        const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Robin wrote this"}]}""";
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "sent", Card, Start), OutboxMessage.Create("c", "29:a", "t", "due", Card, Start.AddHours(1))], token);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(1, Start, Start.AddMinutes(2), token));
        Assert.True(await outbox.MarkSentAsync(claimed, "activity-1", Start, token));

        // As an older bot left it: the sent card still stored. Then the schema step that came with forgetting cards runs.
        await sqlite.Database.ExecuteAsync("UPDATE outbox SET card_json = $card;", command => command.Parameters.AddWithValue("$card", Card), token);
        var step = Assert.Single(SqliteMigrations.Steps, step => step.Contains("UPDATE outbox SET card_json = ''", StringComparison.Ordinal));
        await sqlite.Database.ExecuteAsync(step, _ => { }, token);

        Assert.Equal("", (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "sent"), token))!.CardJson);
        Assert.Equal(Card, (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "due"), token))!.CardJson);
    }

    [Fact]
    public async Task The_090_step_leaves_a_waiting_digest_or_summary_no_card_and_stamps_a_waiting_champion_is_back_card()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var outbox = new SqliteOutboxStore(sqlite.Database);
        const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Shared by Sam Baker"}]}""";
        await outbox.EnqueueAsync(
            [
                OutboxMessage.ForChannel("digest:team-1:1", "19:general", null, "t", "story-digest", Card, Start),
                OutboxMessage.ForChannel("learning:set-1:1", "19:general", null, "t", "learning-summary", Card, Start),
                OutboxMessage.Create("told-champion-back:team:1:aad-sam", "29:leader", "t", "champion-back", Card, Start),
                OutboxMessage.Create("c", "29:a", "t", "checkin", Card, Start),
            ],
            token);

        var step = Assert.Single(SqliteMigrations.Steps, step => step.Contains("buildAtSend", StringComparison.Ordinal));
        await sqlite.Database.ExecuteAsync(step, _ => { }, token);

        Assert.Equal(CardBuiltAtSend.For("story-digest"), (await outbox.FindAsync(OutboxMessage.KeyFor("digest:team-1:1", "19:general", "story-digest"), token))!.CardJson);
        Assert.Equal(CardBuiltAtSend.For("learning-summary"), (await outbox.FindAsync(OutboxMessage.KeyFor("learning:set-1:1", "19:general", "learning-summary"), token))!.CardJson);
        var back = (await outbox.FindAsync(OutboxMessage.KeyFor("told-champion-back:team:1:aad-sam", "29:leader", "champion-back"), token))!;
        Assert.Equal((Card, "aad-sam"), (back.CardJson, back.WriterAadObjectId));
        Assert.Equal(Card, (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "checkin"), token))!.CardJson);
    }
}
