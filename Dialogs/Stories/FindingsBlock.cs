using OutcomesBot.Dialogs.Stories.Identifying;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// The warning shown before anything a person wrote goes to a channel: each part with a finding, the words that looked
/// identifying highlighted, and what each looked like. Shared by stories, exercise shares and learning-set answers.
/// </summary>
public static class FindingsBlock
{
    public static Container Create(IReadOnlyList<FieldFindings> findings, string advice)
    {
        ArgumentNullException.ThrowIfNull(findings);
        List<CardElement> items =
        [
            new TextBlock("Some words look as if they could identify someone") { Weight = "Bolder" },
            new TextBlock(advice),
        ];
        foreach (var field in findings)
        {
            items.Add(new TextBlock(PlainText.Of(field.Label)) { Weight = "Bolder", Spacing = "Medium" });
            items.Add(new RichTextBlock(Highlighted(field.Text, field.Findings)));
            items.Add(new TextBlock(string.Join("; ", field.Findings.Select(f => $"\"{PlainText.Of(f.Snippet)}\" looks like {f.Describe()}"))) { IsSubtle = true, Spacing = "None" });
        }

        return new Container(items) { Style = "warning" };
    }

    /// <summary>The parts of <paramref name="texts"/> (label, text) that have findings.</summary>
    public static IReadOnlyList<FieldFindings> Check(IEnumerable<(string Label, string Text)> texts) =>
        texts.Select(t => new FieldFindings(t.Label, t.Text, IdentifyingDetails.Find(t.Text))).Where(f => f.Findings.Count > 0).ToList();

    // TextRun text is never read as markdown, so only control and direction characters are taken out here.
    private static List<TextRun> Highlighted(string text, IReadOnlyList<IdentifyingFinding> findings)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (var finding in findings)
        {
            if (finding.Start > at)
            {
                runs.Add(new TextRun(PlainText.Clean(text[at..finding.Start])));
            }

            runs.Add(new TextRun(PlainText.Clean(text.Substring(finding.Start, finding.Length))) { Highlight = true, Weight = "Bolder" });
            at = finding.End;
        }

        if (at < text.Length)
        {
            runs.Add(new TextRun(PlainText.Clean(text[at..])));
        }

        return runs;
    }
}
