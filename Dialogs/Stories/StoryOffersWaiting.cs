using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// Story offers no one has decided yet, told to the team's leaders and champions wherever their 1:1 chat shows the
/// welcome card (decision 101): a line per team where they lead or champion and offers wait, and a button that shows the
/// newest few offers' decision cards in the chat, the cards 087 pushes, built fresh. The author's words are only on those
/// cards, shown to whoever holds the role in the story's team at the press, as the push is.
/// </summary>
public sealed class StoryOffersWaiting(IStoryOfferStore offers, ITeamStore teams, TeamRoles roles, StoryChannels channels)
{
    /// <summary>The button under each team's line.</summary>
    public const string Show = "Read and decide";

    /// <summary>The most decision cards one press shows.</summary>
    public const int MostShown = 3;

    internal const string NotYours = "Only a leader or champion of that team can see the stories waiting there, so nothing was shown.";

    /// <summary>
    /// One item per team of <paramref name="teamsChampioned"/> (where the reader leads or champions now, from the stored
    /// roster, as the caller read it) with an offer waiting that is not the reader's own; one read for all the teams.
    /// </summary>
    public async Task<IReadOnlyList<WaitingItem>> ForTeamsAsync(IReadOnlyList<Team> teamsChampioned, string? readerAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamsChampioned);
        if (teamsChampioned.Count == 0 || string.IsNullOrWhiteSpace(readerAadObjectId))
        {
            return [];
        }

        var waiting = await offers.ListWaitingAsync([.. teamsChampioned.Select(team => team.TeamId)], cancellationToken);
        var counts = waiting.Where(offer => !IsAuthor(offer, readerAadObjectId)).CountBy(offer => offer.TeamId).ToDictionary(StringComparer.Ordinal);
        return [.. teamsChampioned.Where(team => counts.ContainsKey(team.TeamId)).Select(team => new WaitingItem(
            Line(counts[team.TeamId], PlainText.Of(team.Name ?? "your team")), Show, StoryVerbs.Waiting, new Dictionary<string, string> { [StoryVerbs.TeamKey] = team.TeamId }))];
    }

    /// <summary>
    /// The press of <see cref="Show"/>: the team is checked against the presser's role there now; the answer that replaces
    /// the pressed card, and the decision cards to send under it, newest first.
    /// </summary>
    public async Task<(AdaptiveCard Answer, IReadOnlyList<AdaptiveCard> Offers)> ShowAsync(string? teamId, string aadObjectId, string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamId) || await roles.RoleOfAsync(teamId, aadObjectId, cancellationToken) < TeamRole.Champion
            || await teams.GetTeamAsync(teamId, cancellationToken) is not { } team)
        {
            return (StoryOfferCards.Notice(NotYours), []);
        }

        var waiting = (await offers.ListWaitingAsync([teamId], cancellationToken)).Where(offer => !IsAuthor(offer, aadObjectId)).ToList();
        var shown = new List<StoryOffer>();
        var forgotten = 0;
        foreach (var listed in waiting.TakeWhile(_ => shown.Count < MostShown))
        {
            // The list is read first: an offer decided since (or gone with its author's data) is not shown, and its entry
            // in the list, left by a crash between the decision and its removal, goes now, so the next hi counts right (105).
            if (await offers.GetAsync(listed.StoryId, cancellationToken) is { Decision: null } offer && offer.Story.TeamId == teamId)
            {
                shown.Add(offer);
            }
            else
            {
                await offers.ForgetWaitingAsync(listed, cancellationToken);
                forgotten++;
            }
        }

        var teamName = PlainText.Of(team.Name ?? "your team");
        if (shown.Count == 0)
        {
            return (Answer(teamName, 0, 0), []);
        }

        var titles = (await channels.ListAsync(aadObjectId, tenantId ?? team.TenantId, cancellationToken)).ToDictionary(channel => channel.ConversationId, channel => channel.Title, StringComparer.Ordinal);
        var cards = shown.Select(offer => StoryOfferCards.ForApprover(offer, titles.GetValueOrDefault(offer.Story.ChannelId) ?? "the team's channel")).ToList();
        return (Answer(teamName, shown.Count, waiting.Count - shown.Count - forgotten), cards);
    }

    /// <summary>What replaces the pressed welcome card: how many decision cards are below it and how many more wait.</summary>
    internal static AdaptiveCard Answer(string teamName, int shown, int more)
    {
        var (heading, text) = (shown, more) switch
        {
            (0, _) => ($"Nothing waits in {teamName} now", "Someone may have decided already. Say hi any time to see what waits for you."),
            (_, > 0) => ($"Waiting in {teamName}", $"The newest {shown} are below. {more} more {(more == 1 ? "waits" : "wait")}: decide on these, then press Back to welcome for the rest."),
            (1, _) => ($"Waiting in {teamName}", "It is below: approve it to post it, or say not this time."),
            _ => ($"Waiting in {teamName}", "They are below, newest first: approve each to post it, or say not this time."),
        };
        return FullWidthCard.Titled(heading, text, new ExecuteAction("Back to welcome", WelcomeVerbs.ShowWelcome));
    }

    private static string Line(int count, string team) =>
        count == 1 ? $"1 story waits for your OK in {team}." : $"{count} stories wait for your OK in {team}.";

    private static bool IsAuthor(WaitingStoryOffer offer, string aadObjectId) =>
        string.Equals(offer.AuthorAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);
}
