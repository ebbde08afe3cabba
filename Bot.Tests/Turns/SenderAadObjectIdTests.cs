using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// The sender's AAD object id that the roster and role checks key on: the one on the activity, else the one stored for
/// the person from an earlier activity (the check-in, rhythm, support, leader, welcome and my-data handlers share it).
/// </summary>
public sealed class SenderAadObjectIdTests
{
    private static readonly DateTimeOffset Seen = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_id_on_the_activity_is_taken_over_the_stored_one()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var people = new SqlitePersonStore(sqlite.Database);
        await people.UpsertAsync(Stored("aad-stored"), token);
        var turn = Turn("aad-sent");

        Assert.Equal("aad-sent", await SenderAadObjectId.OfAsync(turn, people, "29:alex", token));
        Assert.Equal("aad-sent", SenderAadObjectId.Of(turn, Stored("aad-stored")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Without_an_id_on_the_activity_the_stored_one_is_taken(string? sent)
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var people = new SqlitePersonStore(sqlite.Database);
        await people.UpsertAsync(Stored("aad-stored"), token);
        var turn = Turn(sent);

        Assert.Equal("aad-stored", await SenderAadObjectId.OfAsync(turn, people, "29:alex", token));
        Assert.Equal("aad-stored", SenderAadObjectId.Of(turn, Stored("aad-stored")));
    }

    [Fact]
    public async Task A_person_never_stored_and_sent_without_an_id_has_none()
    {
        var token = TestContext.Current.CancellationToken;
        await using var sqlite = await TempSqlite.CreateAsync();
        var people = new SqlitePersonStore(sqlite.Database);

        Assert.Null(await SenderAadObjectId.OfAsync(Turn(null), people, "29:alex", token));
        Assert.Null(SenderAadObjectId.Of(Turn(null), stored: null));
    }

    private static Person Stored(string aadObjectId) =>
        new() { TeamsUserId = "29:alex", AadObjectId = aadObjectId, Name = "Alex", FirstSeenAt = Seen, LastSeenAt = Seen };

    private static TurnContext Turn(string? aadObjectId) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "29:alex", Name = "Alex", AadObjectId = aadObjectId },
            Conversation = new ConversationAccount { Id = "a:1on1", ConversationType = "personal" },
            ServiceUrl = "https://smba.example/",
        },
        Mock.Of<IConnectorClient>());
}
