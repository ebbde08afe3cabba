using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises.Sharing;

/// <summary>Every card of "send this entry to one person" passes the Adaptive Cards validator.</summary>
[Slow]
public sealed class EntryShareCardValidationTests
{
    [Fact]
    public async Task Every_entry_share_card_passes_the_Adaptive_Cards_validator() =>
        await CardValidation.AssertValidAsync("entryshare", EveryEntryShareCardTests.Gather());
}
