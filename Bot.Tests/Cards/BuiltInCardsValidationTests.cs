using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>Every card the bot builds goes through the Adaptive Cards parser and the Teams checks in tools/node.</summary>
[Slow]
public sealed class BuiltInCardsValidationTests
{
    /// <summary>The cards by name (also for <see cref="CardGallery"/>).</summary>
    internal static readonly Dictionary<string, AdaptiveCard> Cards = new(StringComparer.Ordinal)
    {
        ["welcome-personal"] = WelcomeCard.Create(inSharedConversation: false),
        ["welcome-shared"] = WelcomeCard.Create(inSharedConversation: true),
        ["help-personal"] = HelpCard.Create(inSharedConversation: false),
        ["help-shared"] = HelpCard.Create(inSharedConversation: true),
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
