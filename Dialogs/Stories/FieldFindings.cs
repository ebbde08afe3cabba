using OutcomesBot.Dialogs.Stories.Identifying;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>One part of a story and what in it looked identifying.</summary>
public sealed record FieldFindings(string Label, string Text, IReadOnlyList<IdentifyingFinding> Findings)
{
    /// <summary>The parts of a draft that have findings; empty when nothing looked identifying.</summary>
    public static IReadOnlyList<FieldFindings> Of(StoryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Texts()
            .Select(t => new FieldFindings(t.Label, t.Text, IdentifyingDetails.Find(t.Text)))
            .Where(f => f.Findings.Count > 0)
            .ToList();
    }
}
