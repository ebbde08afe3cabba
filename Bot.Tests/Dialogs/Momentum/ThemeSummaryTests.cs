using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Bot.Tests.Dialogs.Momentum;

/// <summary>The theme classifier and the folding of small themes into "other".</summary>
public sealed class ThemeSummaryTests
{
    [Theory]
    [InlineData("So much paperwork, the recording system is slow", "recording")]
    [InlineData("No time: my caseload is huge", "time")]
    [InlineData("More training on good conversations", "training,people")]
    [InlineData("My manager listened in supervision", "communication,managers")]
    [InlineData("Her daughter joined the review", "families")]
    [InlineData("Waiting for the GP and the hospital", "partnership")]
    [InlineData("I feel unsure about it", "confidence")]
    [InlineData("The weather", "")]
    [InlineData("   ", "")]
    public void Text_is_sorted_into_themes_by_word_starts(string text, string expected)
    {
        Assert.Equal(expected, string.Join(',', ThemeClassifier.Classify(text)));
    }

    [Fact]
    public void A_word_inside_another_word_does_not_count()
    {
        Assert.Empty(ThemeClassifier.Classify("Sometimes I perform well"));
    }

    [Fact]
    public void Themes_touched_by_fewer_than_three_answers_fold_into_other()
    {
        var summary = ThemeSummary.From(
        [
            "Paperwork again", "The recording system", "Forms and more forms", "Recording takes ages",
            "No time", "Caseload too high",
            "My daughter's school",
            null, "",
        ]);

        var shown = Assert.Single(summary.Shown);
        Assert.Equal(("recording", 4), (shown.ThemeId, shown.Count));
        Assert.Equal(3, summary.Other);
        Assert.Equal(7, summary.AnswersWithText);
    }

    [Fact]
    public void The_same_texts_always_give_the_same_summary()
    {
        string[] texts = ["Paperwork", "paperwork!", "PAPERWORK and time", "time", "more time"];

        Assert.Equal(ThemeSummary.From(texts).Shown, ThemeSummary.From(texts.Reverse()).Shown);
    }
}
