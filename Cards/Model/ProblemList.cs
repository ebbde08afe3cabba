namespace OutcomesBot.Cards.Model;

/// <summary>What was wrong with a card's answers, as one highlighted box above the card. Pure function.</summary>
public static class ProblemList
{
    /// <summary>The line above two or more problems.</summary>
    public const string Several = "Some things need another look:";

    /// <summary>
    /// One problem is shown as it is; several as a list under <see cref="Several"/>. Each problem is already a request
    /// ("Please answer …"), so the box adds none of its own. <paramref name="lead"/> comes first ("Nothing was saved.").
    /// </summary>
    public static Container Create(IReadOnlyList<string> problems, string? lead = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var told = problems.Count == 1 ? problems[0] : Several + "\n\n" + string.Join("\n\n", problems.Select(p => "- " + p));
        return new Container([new TextBlock(lead is null ? told : lead + " " + told)]) { Style = "attention" };
    }
}
