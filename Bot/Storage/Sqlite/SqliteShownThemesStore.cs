using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Momentum.Themes;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// The "you said, we did" themes shown to leaders, one row per (team, cycle or week); an insert that leaves a kept row as
/// it is, so two instances keeping themes for the same cycle at once keep one. Each section's counts are JSON.
/// </summary>
public sealed class SqliteShownThemesStore(SqliteDatabase database) : IShownThemesStore
{
    public async Task<bool> TryAddAsync(string teamId, ShownThemes themes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var added = await database.ExecuteAsync(
            """
            INSERT INTO shown_themes (team_id, shown_for, answered, went_well, barriers, support)
            VALUES ($team, $for, $answered, $wentWell, $barriers, $support)
            ON CONFLICT (team_id, shown_for) DO NOTHING;
            """,
            command => command.With("$team", teamId).With("$for", themes.ShownFor).With("$answered", themes.Answered)
                .With("$wentWell", JsonSerializer.Serialize(themes.WentWell)).With("$barriers", JsonSerializer.Serialize(themes.Barriers))
                .With("$support", JsonSerializer.Serialize(themes.Support)),
            cancellationToken);
        return added == 1;
    }

    public Task<ShownThemes?> GetAsync(string teamId, string shownFor, CancellationToken cancellationToken) =>
        database.QueryFirstAsync(
            "SELECT shown_for, answered, went_well, barriers, support FROM shown_themes WHERE team_id = $team AND shown_for = $for;",
            command => command.With("$team", teamId).With("$for", shownFor),
            Read,
            cancellationToken);

    private static ShownThemes Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt32(1),
        Summary(reader.GetString(2)),
        Summary(reader.GetString(3)),
        Summary(reader.GetString(4)));

    private static ThemeSummary Summary(string json) => JsonSerializer.Deserialize<ThemeSummary>(json) ?? ThemeSummary.Empty;
}
