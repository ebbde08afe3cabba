using OutcomesBot.Bot.Protocol.Connector;

namespace OutcomesBot.Bot.Teams;

/// <summary>
/// The team's roster as the Bot Connector gives it: Teams ids (29:...) and AAD object ids, but no owners. The fallback
/// when Graph is off, refused or down; owner flags already known are kept, so a Graph outage does not demote leaders.
/// </summary>
public sealed class ConnectorRoster(IConnectorClient connector, ITeamStore teams, ILogger<ConnectorRoster> logger)
{
    private const int MaxPages = 200;

    /// <summary>The roster, or null when the connector could not be read.</summary>
    public async Task<IReadOnlyList<TeamMember>?> ReadAsync(Team team, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var known = (await teams.ListMembersAsync(team.TeamId, cancellationToken)).ToDictionary(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase);
        var roster = new List<TeamMember>();
        string? continuation = null;
        try
        {
            for (var page = 0; page < MaxPages; page++)
            {
                var result = await connector.GetPagedMembersAsync(team.ServiceUrl, team.TeamId, 500, continuation, cancellationToken);
                roster.AddRange(result.Members.Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId)).Select(m => new TeamMember
                {
                    TeamId = team.TeamId,
                    AadObjectId = m.AadObjectId!,
                    TeamsUserId = m.Id,
                    Name = m.Name,
                    IsOwner = known.TryGetValue(m.AadObjectId!, out var before) && before.IsOwner,
                    UpdatedAt = now,
                }));
                continuation = result.ContinuationToken;
                if (string.IsNullOrEmpty(continuation))
                {
                    break;
                }
            }
        }
        catch (ConnectorException exception)
        {
            TeamsLog.ConnectorRosterFailed(logger, (int)exception.StatusCode);
            return null;
        }

        return roster;
    }
}
