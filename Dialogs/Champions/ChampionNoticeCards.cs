using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.Champions;

/// <summary>What a person is told in their 1:1 chat when a leader names them a champion, or stops (decision 030).</summary>
public static class ChampionNoticeCards
{
    public static AdaptiveCard Named(string teamName, string? leaderName) => NamedBy(teamName, Who(leaderName));

    /// <summary>The same card with the leader's name left to be filled in as it goes (decision 094).</summary>
    public static AdaptiveCard NamedAtSend(string teamName, string? leaderAadObjectId, string? leaderName) =>
        NamedBy(teamName, NameAtSend.Slot(leaderAadObjectId, leaderName, NobodyNamed));

    public static AdaptiveCard Removed(string teamName, string? leaderName) => RemovedBy(teamName, Who(leaderName));

    /// <summary>The same card with the leader's name left to be filled in as it goes (decision 094).</summary>
    public static AdaptiveCard RemovedAtSend(string teamName, string? leaderAadObjectId, string? leaderName) =>
        RemovedBy(teamName, NameAtSend.Slot(leaderAadObjectId, leaderName, NobodyNamed));

    // The cards' words for the leader when they cannot be named.
    private const string NobodyNamed = "A team leader";

    private static AdaptiveCard NamedBy(string teamName, string who) => FullWidthCard.Create(
        [
            Heading.Of($"You're a champion in {PlainText.Of(teamName)}"),
            new TextBlock($"{who} named you. As a champion you can:") { Spacing = "Small" },
            new TextBlock("- post success stories in the team's channel, and approve the ones colleagues offer\n- start action-learning sets, and start their first round\n- help colleagues find their way here"),
            Notice.Of($"Rather not? Tell {who} or another leader: they can step you down under **champions**."),
        ],
        [
            CardActions.Execute("Write a story", WelcomeVerbs.OpenStories),
            CardActions.Execute("Start a learning set", LearningSetVerbs.Open),
        ],
        $"You're a champion in {teamName}");

    private static AdaptiveCard RemovedBy(string teamName, string who) => FullWidthCard.Create(
        [
            Heading.Of($"You're no longer a champion in {PlainText.Of(teamName)}"),
            new TextBlock($"{who} changed it. Thank you for all you did as a champion. You can still offer stories and join learning sets."),
        ],
        fallbackText: $"You're no longer a champion in {teamName}");

    /// <summary>
    /// The button's title: the heading names the person, and a long name would not fit a phone's button. The champions
    /// card's own words (091's review): "Make them a champion again" pushed "See the team's champions" off a phone's card
    /// (decision 103).
    /// </summary>
    public const string MakeChampionAgain = ChampionCards.MakeChampion;

    /// <summary>
    /// To each leader of a team, once, when someone who was a champion there when they left is back in it (decision 087):
    /// the role did not come back with them, and one press names them again through the champions card's own checks.
    /// </summary>
    public static AdaptiveCard Back(string teamId, string teamName, string personAadObjectId, string? personName)
    {
        var who = string.IsNullOrWhiteSpace(personName) ? "A colleague" : PlainText.Of(personName);
        var data = new Dictionary<string, string> { [ChampionVerbs.TeamKey] = teamId, [ChampionVerbs.PersonKey] = personAadObjectId };
        return FullWidthCard.Create(
            [
                Heading.Of($"{who} is back in {PlainText.Of(teamName)}"),
                new TextBlock($"{who}, a champion here before they left, is back in the team as staff.") { Spacing = "Small" },
                new TextBlock("Their champion role did not come back with them: that is for a leader to choose.") { IsSubtle = true },
            ],
            [
                CardActions.Execute(MakeChampionAgain, ChampionVerbs.Name, data),
                CardActions.Execute("See the team's champions", ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = teamId }),
            ],
            $"{who} is back in {teamName}");
    }

    private static string Who(string? leaderName) => string.IsNullOrWhiteSpace(leaderName) ? NobodyNamed : PlainText.Of(leaderName);
}
