namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// A champion stops the weekly ask for a story in one team, or asks for it again (decision 079). The person is the
/// activity's sender; the team a card names is checked against the stored roster at the press: only someone the digest
/// would ask (a champion of that team) can stop it there; "all my teams" stops it in each team they champion at the press
/// (decision 084). Asking again removes only the presser's own stops.
/// </summary>
public sealed class StoryAskChoice(ITeamStore teams, IStoryAskStops stops, TimeProvider timeProvider)
{
    /// <summary>
    /// Stops the ask in the team the card names, for a champion of it by the stored roster at the press. The person's
    /// memberships are read once (decision 097): the team's among them, compared exactly (another letter case, an added
    /// character: no team), and whether they champion another team, for the card's "all my teams".
    /// </summary>
    public async Task<AdaptiveCard> StopAsync(string? teamId, string aadObjectId, string? teamsUserId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId))
        {
            return DigestCards.AskStopRefused();
        }

        // The team is read by the card's id first: a store whose keys cannot hold it refuses it there, before anything else (085).
        var team = await teams.GetTeamAsync(teamId, cancellationToken);
        var memberships = await teams.ListMembershipsAsync(aadObjectId, cancellationToken);
        if (memberships.FirstOrDefault(m => string.Equals(m.TeamId, teamId, StringComparison.Ordinal)) is not { IsChampion: true } member)
        {
            return DigestCards.AskStopRefused();
        }

        await stops.StopAsync(new StoryAskStop(member.TeamId, member.AadObjectId, teamsUserId, timeProvider.GetUtcNow()), cancellationToken);
        var championsOthers = memberships.Any(other => other.IsChampion && !string.Equals(other.TeamId, member.TeamId, StringComparison.Ordinal));
        return DigestCards.AskStopped(member.TeamId, team?.Name, championsOthers);
    }

    /// <summary>
    /// Stops the ask in every team the person champions now, by the stored roster at the press (decision 084); someone
    /// who champions no team gets the refusal and nothing is stored.
    /// </summary>
    public async Task<AdaptiveCard> StopInAllAsync(string aadObjectId, string? teamsUserId, CancellationToken cancellationToken)
    {
        var championed = (await teams.ListMembershipsAsync(aadObjectId, cancellationToken)).Where(member => member.IsChampion).ToList();
        if (championed.Count == 0)
        {
            return DigestCards.AskStopRefused();
        }

        var names = new List<string?>();
        foreach (var member in championed)
        {
            await stops.StopAsync(new StoryAskStop(member.TeamId, member.AadObjectId, teamsUserId, timeProvider.GetUtcNow()), cancellationToken);
            names.Add((await teams.GetTeamAsync(member.TeamId, cancellationToken))?.Name);
        }

        return DigestCards.AskStoppedInAll([.. names.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Asks again in the team the card names, or, with no team (the typed command), in every team the person stopped it.</summary>
    public async Task<AdaptiveCard> AskAgainAsync(string? teamId, string aadObjectId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var stop in await stops.ListForPersonAsync(aadObjectId, cancellationToken))
        {
            if ((teamId is null || stop.TeamId == teamId) && await stops.ResumeAsync(stop.TeamId, stop.AadObjectId, cancellationToken))
            {
                names.Add((await teams.GetTeamAsync(stop.TeamId, cancellationToken))?.Name ?? "your team");
            }
        }

        return DigestCards.AskedAgain(names);
    }
}
