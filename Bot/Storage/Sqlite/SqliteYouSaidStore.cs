using Microsoft.Data.Sqlite;
using OutcomesBot.Dialogs.Momentum.YouSaid;

namespace OutcomesBot.Bot.Storage.Sqlite;

/// <summary>
/// Leaders' "you said, we did" responses. The text is the leader's own words, so this is personal data of the leader:
/// it is in their export, removed when they delete their data, and purged after the retention period
/// (the "youSaidResponses" source in <see cref="PersonalData.SqlitePersonalDataSources"/>).
/// </summary>
public sealed class SqliteYouSaidStore(SqliteDatabase database) : IYouSaidStore
{
    private const string Columns = "response_id, team_id, leader_id, leader_aad_object_id, text, theme_ids, cycle_id, recipients, sent_at";

    public async Task<bool> TryAddAsync(YouSaidResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var added = await database.ExecuteAsync(
            $"""
            INSERT INTO you_said_responses ({Columns}) VALUES ($id, $team, $leader, $aad, $text, $themes, $cycle, $recipients, $at)
            ON CONFLICT (response_id) DO NOTHING;
            """,
            command => command.With("$id", response.ResponseId).With("$team", response.TeamId).With("$leader", response.LeaderId)
                .With("$aad", response.LeaderAadObjectId).With("$text", response.Text).With("$themes", JsonSerializer.Serialize(response.ThemeIds))
                .With("$cycle", response.CycleId).With("$recipients", response.Recipients).With("$at", response.SentAt),
            cancellationToken);
        return added == 1;
    }

    public Task<YouSaidResponse?> GetAsync(string responseId, CancellationToken cancellationToken) =>
        database.QueryFirstAsync($"SELECT {Columns} FROM you_said_responses WHERE response_id = $id;", command => command.With("$id", responseId), Read, cancellationToken);

    public Task<IReadOnlyList<YouSaidResponse>> ListForTeamAsync(string teamId, CancellationToken cancellationToken) =>
        database.QueryListAsync($"SELECT {Columns} FROM you_said_responses WHERE team_id = $team ORDER BY sent_at DESC;", command => command.With("$team", teamId), Read, cancellationToken);

    private static YouSaidResponse Read(SqliteDataReader reader) => new()
    {
        ResponseId = reader.GetString(0),
        TeamId = reader.GetString(1),
        LeaderId = reader.GetString(2),
        LeaderAadObjectId = reader.GetNullableString(3),
        Text = reader.GetString(4),
        ThemeIds = JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? [],
        CycleId = reader.GetNullableString(6),
        Recipients = reader.GetInt32(7),
        SentAt = reader.GetTime(8),
    };
}
