using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Tests.Dialogs.Champions;

/// <summary>The champions and permission cards go through the Adaptive Cards parser and the Teams checks in tools/node.</summary>
[Slow]
public sealed class TeamCardsValidationTests
{
    private static readonly ChampionCandidate[] Members = [new("a", "Alex", true), new("b", "Bea", false)];

    /// <summary>The cards by name (also for <see cref="CardGallery"/>).</summary>
    internal static readonly Dictionary<string, AdaptiveCard> Cards = new(StringComparer.Ordinal)
    {
        ["champions-manage"] = ChampionCards.Manage("team", "Care Team North", Members, confirmation: "Bea is now a champion."),
        ["champions-problem"] = ChampionCards.Manage("team", "Care Team North", Members, problem: "Please pick a colleague."),
        ["champions-all-named"] = ChampionCards.Manage("team", "Care Team North", [new("a", "Alex", true)]),
        ["champions-empty"] = ChampionCards.Manage("team", "Care Team North", []),
        ["champions-came-back"] = ChampionCards.Manage(
            "team", "Care Team North", Members, cameBack: [new("c", "Alexandra Wilberforce-Smith", false), new("d", "Sam", false)]),
        ["champions-pick-team"] = ChampionCards.PickTeam([new Choice("North", "n"), new Choice("South", "s")]),
        ["champions-refused"] = ChampionCards.Refused("You are not a leader of that team."),
        ["permission-needed"] = PermissionNeededCard.Create("Care Team North", [new Fact("TeamMember.Read.All", "to read who is in the team")]),
    };

    [Fact]
    public async Task Team_cards_pass_the_card_validator()
    {
        var (result, report) = await CardValidation.ReportAsync(Cards);

        Assert.Equal(Cards.Count, report.Count);
        Assert.All(report, entry => Assert.True(entry.Value.Length == 0, $"{entry.Key}: {string.Join("; ", entry.Value)}"));
        Assert.Equal(0, result.ExitCode);
    }
}
