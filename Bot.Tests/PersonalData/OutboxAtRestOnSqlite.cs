using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Decision 090's outbox at rest on SQLite: every column of the outbox table is read raw.</summary>
public sealed class OutboxAtRestOnSqlite : OutboxAtRestContract
{
    protected override Task<StoryBot> CreateBotAsync(TeamRole alex, TeamRole sam) =>
        StoryBot.CreateAsync(alex: alex, sam: sam, configureServices: StoryBot.NoBackgroundDrain);

    protected override async Task<IReadOnlyList<string>> OutboxHoldingAsync(StoryBot bot, string text) =>
        (await SchemaScan.WhereTextAppearsAsync(bot.App.Get<SqliteDatabase>(), text, Token)).Where(place => place.StartsWith("outbox.", StringComparison.Ordinal)).ToList();
}
