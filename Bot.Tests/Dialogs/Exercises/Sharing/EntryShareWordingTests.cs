using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Sharing;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises.Sharing;

/// <summary>
/// How a sent entry names its exercise inside a sentence, for every exercise that can be sent: the title as the menu
/// shows it (a question in quotes), after "a" or "an" as it reads.
/// </summary>
public sealed class EntryShareWordingTests
{
    private static readonly Dictionary<string, string> HeadingOf = new(StringComparer.Ordinal)
    {
        ["training-priorities"] = "Robin Cole shared a Training priorities entry with you",
        ["challenges-chart"] = "Robin Cole shared a Challenges chart entry with you",
        ["asking-questions"] = "Robin Cole shared an Asking the right questions entry with you",
        ["innovative-solutions"] = "Robin Cole shared an Innovative solutions entry with you",
        ["risk-ratings"] = "Robin Cole shared a Risk-taking entry with you",
        ["progress-chart"] = "Robin Cole shared a \u201CWhat difference has it made?\u201D entry with you",
        ["effective-feedback"] = "Robin Cole shared an Effective feedback entry with you",
        ["learning-log"] = "Robin Cole shared a Learning log entry with you",
        ["supported-leadership"] = "Robin Cole shared a Supported leadership entry with you",
    };

    public static TheoryData<string, string> Headings() => [.. HeadingOf.Select(pair => (pair.Key, pair.Value))];

    [Fact]
    public void Every_exercise_that_can_be_sent_has_its_heading_here() =>
        Assert.Equal(
            ExerciseCatalog.All.Where(e => ExerciseSharing.IsShareable(e.Info.Id)).Select(e => e.Info.Id).Order(StringComparer.Ordinal),
            HeadingOf.Keys.Order(StringComparer.Ordinal));

    // Decision 069: "shared a Asking the right questions entry", "a Effective feedback", "a Innovative solutions".
    [Theory]
    [MemberData(nameof(Headings))]
    public void The_recipient_reads_the_exercise_by_its_menu_name_with_a_or_an_as_it_sounds(string exerciseId, string heading)
    {
        var exercise = ExerciseCatalog.All.Single(e => e.Info.Id == exerciseId);
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);
        var entry = new ExerciseSession
        {
            SessionId = "0192f0c4a5b67c8d9e0f1a2b3c4d5e6f",
            PersonId = "person-0",
            ExerciseId = exerciseId,
            Status = ExerciseSessionStatus.Completed,
            Answers = ExerciseAnswers.Empty,
            Version = 1,
            StartedAt = at.AddDays(-1),
            UpdatedAt = at.AddDays(-1),
            CompletedAt = at.AddDays(-1),
        };

        var card = CardJson.ToElement(EntryShareCards.ForRecipient(exercise, entry, "Robin Cole", at));

        Assert.Equal(heading, CardTexts.Of(card).First());
    }
}
