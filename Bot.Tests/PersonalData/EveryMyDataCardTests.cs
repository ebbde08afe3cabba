using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Every "my data" card through the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryMyDataCardTests
{
    [Fact]
    public async Task Every_my_data_card_passes_the_Adaptive_Cards_validator()
    {
        var result = await CardValidation.AssertValidAsync("mydata", Gather());
        Assert.Contains("mydata-09.json", result.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>Every "my data" card (also for <see cref="CardGallery"/>).</summary>
    internal static IReadOnlyList<AdaptiveCard> Gather() =>
        [
            MyDataCards.Overview(24),
            MyDataCards.Overview(18, "Nothing has been deleted."),
            MyDataCards.DownloadReady(new Uri("https://outcomesbot.example.org/my-data/abc"), TimeSpan.FromMinutes(10)),
            MyDataCards.ConfirmDelete(),
            MyDataCards.Deleted([new RemovedRows("checkIns", 3), new RemovedRows("momentumNotes", 0)]),
            MyDataCards.Deleted([new RemovedRows("people", 0)]),
            MyDataCards.ConfirmDelete([Kept(CheckInStopKept.Words)]),
            MyDataCards.Deleted([new RemovedRows("checkIns", 3)], [Kept(CheckInStopKept.Words)]),
            MyDataCards.ConfirmDelete([Kept(CheckInStopKept.PauseWords("Monday 4 January"))]),
            MyDataCards.Deleted([new RemovedRows("checkIns", 3)], [Kept(CheckInStopKept.PauseWords("Monday 4 January"))]),
        ];

    private static KeptStop Kept(string words) => new(words, CheckInCards.ResumeButton());

    [Theory]
    [InlineData(24, "2 years")]
    [InlineData(12, "a year")]
    [InlineData(18, "18 months")]
    [InlineData(1, "a month")]
    public void The_overview_says_how_long_answers_are_kept(int months, string said)
    {
        var text = CardJson.Serialize(MyDataCards.Overview(months));

        Assert.Contains($"removed automatically after {said}", text, StringComparison.Ordinal);
    }
}
