using Microsoft.Extensions.Logging.Abstractions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Storage.Sqlite;

/// <summary>
/// A database written before finished messages forgot their cards (decision 047) forgets them when the bot that does
/// starts on it: the cards of sent, failed, unreachable and skipped messages go; one still due keeps its card.
/// </summary>
public sealed class SqliteOutboxUpgradeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Starting_on_an_older_file_forgets_the_cards_of_finished_messages_and_keeps_the_ones_still_due()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var outbox = new SqliteOutboxStore(sqlite.Database);
        const string Card = """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Robin wrote this"}]}""";
        await outbox.EnqueueAsync([OutboxMessage.Create("c", "29:a", "t", "sent", Card, Start), OutboxMessage.Create("c", "29:a", "t", "due", Card, Start.AddHours(1))], token);
        var claimed = Assert.Single(await outbox.ClaimDueAsync(1, Start, Start.AddMinutes(2), token));
        Assert.True(await outbox.MarkSentAsync(claimed, "activity-1", Start, token));

        // As an older bot left it: the sent card still stored, the schema one step behind.
        await sqlite.Database.ExecuteAsync("UPDATE outbox SET card_json = $card;", command => command.Parameters.AddWithValue("$card", Card), token);
        await sqlite.Database.ExecuteAsync($"PRAGMA user_version = {SqliteMigrations.Steps.Count - 1};", _ => { }, token);
        await new SqliteSchemaInitializer(sqlite.Database, NullLogger<SqliteSchemaInitializer>.Instance).StartAsync(token);

        Assert.Equal("", (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "sent"), token))!.CardJson);
        Assert.Equal(Card, (await outbox.FindAsync(OutboxMessage.KeyFor("c", "29:a", "due"), token))!.CardJson);
    }
}
