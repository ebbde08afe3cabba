using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>Every card the bot builds goes through the Adaptive Cards parser and the Teams checks in tools/node.</summary>
[Slow]
public sealed class BuiltInCardsValidationTests
{
    // What a leader leading two teams is told when their chat opens late (decision 099): one person back, and four.
    private static readonly WaitingItem[] LeaderWaiting =
    [
        new("Sam Baker was a champion in Riverside Reablement before they left, and is back as staff. Make them one again?", ChampionsWaiting.Decide, ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = "team-r" }),
        new("Robin Cole, Ana Lopez and 2 others were champions in Night Shift before they left, and are back as staff. Make them champions again?", ChampionsWaiting.Decide, ChampionVerbs.Open, new Dictionary<string, string> { [ChampionVerbs.TeamKey] = "team-n" }),
    ];

    /// <summary>The cards by name (also for <see cref="CardGallery"/>).</summary>
    internal static readonly Dictionary<string, AdaptiveCard> Cards = new(StringComparer.Ordinal)
    {
        ["welcome-personal"] = WelcomeCard.Create(inSharedConversation: false),
        ["welcome-shared"] = WelcomeCard.Create(inSharedConversation: true),
        ["welcome-leader-waiting"] = WelcomeCard.Create(inSharedConversation: false, CommandAudience.Leaders, LeaderWaiting),
        ["help-personal"] = HelpCard.Create(DeclaredCommands.Listed, inSharedConversation: false),
        ["help-shared"] = HelpCard.Create(DeclaredCommands.Listed, inSharedConversation: true),
    };

    [Fact]
    public async Task Built_in_cards_pass_the_card_validator()
    {
        var (result, report) = await CardValidation.ReportAsync(Cards);

        Assert.Equal(Cards.Count, report.Count);
        Assert.All(report, entry => Assert.True(entry.Value.Length == 0, $"{entry.Key}: {string.Join("; ", entry.Value)}"));
        Assert.Equal(0, result.ExitCode);
    }
}
