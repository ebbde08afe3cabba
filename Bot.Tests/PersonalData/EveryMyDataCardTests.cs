using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>Every "my data" card through the Adaptive Cards validator.</summary>
[Slow]
public sealed class EveryMyDataCardTests
{
    [Fact]
    public async Task Every_my_data_card_passes_the_Adaptive_Cards_validator()
    {
        var result = await CardValidation.AssertValidAsync("mydata", Gather());
        Assert.Contains("mydata-11.json", result.StandardOutput, StringComparison.Ordinal);
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
            MyDataCards.ConfirmDelete(AllKept),
            MyDataCards.Deleted([new RemovedRows("checkIns", 3)], AllKept),
        ];

    // Decision 104: all three stops a delete keeps, each on a line of its own under one count.
    private static IReadOnlyList<KeptStop> AllKept =>
        [Kept(CheckInStopKept.Words), new(StoryAskStopsKept.Words), new(NoteStopsKept.Words([NoteGroups.Team, NoteGroups.Stories, NoteGroups.Roles]))];

    private static KeptStop Kept(string words) => new(words, CheckInCards.ResumeButton());

    [Fact]
    public void Several_kept_stops_are_counted_and_each_said_on_a_line_of_its_own()
    {
        var texts = CardTexts.Of(CardJson.ToElement(MyDataCards.Deleted([], AllKept))).ToList();

        var at = texts.IndexOf("I kept three things:");
        Assert.True(at >= 0, string.Join(" | ", texts));
        Assert.Equal(
            [
                "A note that you stopped check-ins, so they stay stopped. It holds nothing you wrote. Press **Resume check-ins**, or type **checkin**, to start them again.",
                "A note that you asked me not to ask you for stories, so I still won't. It holds nothing you wrote. Type **ask me for stories** to be asked again.",
                "A list of the notes you stopped (Team news, Your stories and Champion news), so they stay stopped. It holds nothing you wrote. Type **my data** and press **Turn back on** to get them again.",
            ],
            texts.Skip(at + 1).Take(3));
        Assert.DoesNotContain(texts, text => text.Contains("one thing", StringComparison.Ordinal));
    }

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
