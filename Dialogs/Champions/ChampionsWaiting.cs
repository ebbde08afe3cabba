using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.Champions;

/// <summary>
/// What waits for a leader on the champions card (decision 099): the former champions back in a team they lead as staff,
/// whom decision 091 asks about only there. A leader whose 1:1 chat opens after the return got no card; the welcome card
/// tells them, a line per team, with a button that opens that team's champions card (which checks again at the press).
/// </summary>
public sealed class ChampionsWaiting(ITeamStore teams, TeamRoles roles, IFormerChampions formerChampions)
{
    /// <summary>The button under each team's line.</summary>
    public const string Decide = "Decide on champions";

    private const int NamesShown = 3;

    /// <summary>
    /// One item per team of <paramref name="ledTeams"/> (the teams the person leads now, from the stored roster, as the
    /// caller read them with <see cref="TeamRoles"/>) with someone to ask about; none when nothing waits.
    /// </summary>
    public async Task<IReadOnlyList<WaitingItem>> ForTeamsAsync(IReadOnlyList<Team> ledTeams, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledTeams);
        var items = new List<WaitingItem>();
        foreach (var team in ledTeams)
        {
            // A few notes a team at most: each is read as one member, not the whole roster of a large team.
            var names = new List<string>();
            foreach (var note in await formerChampions.ListAsync(team.TeamId, cancellationToken))
            {
                if (await teams.GetMemberAsync(team.TeamId, note.AadObjectId, cancellationToken) is { } member && IsAskedAbout(member, roles))
                {
                    names.Add(member.Name is { Length: > 0 } name ? PlainText.Of(name) : "A colleague");
                }
            }

            if (names.Count > 0)
            {
                items.Add(new WaitingItem(Line(names, PlainText.Of(team.Name ?? "your team")), Decide, ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = team.TeamId }));
            }
        }

        return items;
    }

    /// <summary>
    /// Whether the champions card asks about this member, who has a note (decision 091): not when they are a champion again
    /// or back as a leader.
    /// </summary>
    internal static bool IsAskedAbout(TeamMember member, TeamRoles roles) => !member.IsChampion && roles.RoleOf(member) != TeamRole.Leader;

    private static string Line(List<string> names, string team)
    {
        var shown = names.Count <= NamesShown ? names : [.. names.Take(NamesShown - 1), $"{names.Count - NamesShown + 1} others"];
        var who = shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown.Take(shown.Count - 1))} and {shown[^1]}";
        return names.Count == 1
            ? $"{who} was a champion in {team} before they left, and is back as staff. Make them one again?"
            : $"{who} were champions in {team} before they left, and are back as staff. Make them champions again?";
    }
}
