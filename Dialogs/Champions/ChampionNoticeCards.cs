using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Dialogs.Champions;

/// <summary>What a person is told in their 1:1 chat when a leader names them a champion, or stops (decision 030).</summary>
public static class ChampionNoticeCards
{
    public static AdaptiveCard Named(string teamName, string? leaderName) => FullWidthCard.Create(
        [
            Heading.Of($"You're a champion in {PlainText.Of(teamName)}"),
            new TextBlock($"{Who(leaderName)} named you. As a champion you can:") { Spacing = "Small" },
            new TextBlock("- post success stories in the team's channel, and approve the ones colleagues offer\n- start action-learning sets, and start their first round\n- help colleagues find their way here"),
            Notice.Of($"Rather not? Tell {Who(leaderName)} or another leader: they can step you down under **champions**."),
        ],
        [
            CardActions.Execute("Write a story", WelcomeVerbs.OpenStories),
            CardActions.Execute("Start a learning set", LearningSetVerbs.Open),
        ],
        $"You're a champion in {teamName}");

    public static AdaptiveCard Removed(string teamName, string? leaderName) => FullWidthCard.Create(
        [
            Heading.Of($"You're no longer a champion in {PlainText.Of(teamName)}"),
            new TextBlock($"{Who(leaderName)} changed it. Thank you for all you did as a champion. You can still offer stories and join learning sets."),
        ],
        fallbackText: $"You're no longer a champion in {teamName}");

    /// <summary>
    /// To each leader of a team, once, when someone who was a champion there when they left is back in it (decision 087):
    /// the role did not come back with them, and one press names them again through the champions card's own checks.
    /// </summary>
    /// <summary>The button's title: the heading names the person, and a long name would not fit a phone's button.</summary>
    public const string MakeChampionAgain = "Make them a champion again";

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

    private static string Who(string? leaderName) => string.IsNullOrWhiteSpace(leaderName) ? "A team leader" : PlainText.Of(leaderName);
}
