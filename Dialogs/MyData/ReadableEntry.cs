namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// One finished exercise as the readable export shows it: what it was, when, the time it took when that is known (a run
/// finished in one sitting), and what the person recorded, as headed paragraphs of plain text.
/// </summary>
public sealed record ReadableEntry(
    string Title,
    string GuideSection,
    bool IsLearningLog,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    int? MinutesSpent,
    IReadOnlyList<ReadableSection> Sections);
