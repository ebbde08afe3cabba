using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Stories offered by staff, waiting for a leader or champion (decision 030). The story is kept as JSON: it is read and
/// written whole, and only its author and team are looked up. The row is the author's personal data ("stories" in
/// <see cref="PersonalData.SqlitePersonalDataSources"/>); who decided is not kept.
/// </summary>
public sealed class SqliteStoryOfferStore(SqliteDatabase database) : IStoryOfferStore
{
    public async Task<bool> TryAddAsync(StoryOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var story = offer.Story;
        return await database.ExecuteAsync(
            """
            INSERT INTO story_offers (story_id, team_id, tenant_id, author_aad_object_id, story, offered_at)
            VALUES ($id, $team, $tenant, $author, $story, $at) ON CONFLICT (story_id) DO NOTHING;
            """,
            command => command.With("$id", story.StoryId).With("$team", story.TeamId).With("$tenant", story.TenantId)
                .With("$author", story.AuthorAadObjectId).With("$story", JsonSerializer.Serialize(story)).With("$at", offer.OfferedAt),
            cancellationToken) == 1;
    }

    public Task<StoryOffer?> GetAsync(string storyId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync<StoryOffer?>(
            "SELECT story, offered_at, decision, decided_at FROM story_offers WHERE story_id = $id;",
            command => command.With("$id", storyId),
            Read,
            cancellationToken);

    public async Task<bool> TryDecideAsync(string storyId, StoryOfferDecision decision, string deciderAadObjectId, string? deciderName, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE story_offers SET decision = $decision, decided_at = $at WHERE story_id = $id AND decision IS NULL;",
            command => command.With("$id", storyId).With("$decision", decision.ToString()).With("$at", at),
            cancellationToken) == 1;

    // The partial index ix_story_offers_waiting holds only undecided rows; the teams come as one JSON array.
    public async Task<IReadOnlyList<WaitingStoryOffer>> ListWaitingAsync(IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamIds);
        if (teamIds.Count == 0)
        {
            return [];
        }

        return await database.QueryListAsync(
            WaitingSql,
            command => command.With("$teams", JsonSerializer.Serialize(teamIds)),
            reader => new WaitingStoryOffer(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3)),
            cancellationToken);
    }

    // The list is read from the offers themselves: a decided or deleted offer is out of it already (decision 105).
    public Task ForgetWaitingAsync(WaitingStoryOffer listed, CancellationToken cancellationToken) => Task.CompletedTask;

    internal const string WaitingSql =
        """
        SELECT team_id, story_id, author_aad_object_id, offered_at FROM story_offers
        WHERE decision IS NULL AND team_id IN (SELECT value FROM json_each($teams))
        ORDER BY offered_at DESC, story_id;
        """;

    private static StoryOffer Read(SqliteDataReader reader) => new()
    {
        Story = JsonSerializer.Deserialize<Story>(reader.GetString(0)) ?? throw new InvalidDataException("An offered story holds no story."),
        OfferedAt = reader.GetTime(1),
        Decision = reader.IsDBNull(2) ? null : Enum.Parse<StoryOfferDecision>(reader.GetString(2)),
        DecidedAt = reader.GetNullableTime(3),
    };
}
