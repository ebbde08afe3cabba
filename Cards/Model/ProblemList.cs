namespace OutcomesBot.Cards.Model;

/// <summary>What was wrong with a card's answers, as one highlighted list above the card. Pure function.</summary>
public static class ProblemList
{
    public static Container Create(string? intro, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var list = string.Join("\n\n", problems.Select(p => "- " + p));
        return new Container([new TextBlock(intro is null ? list : intro + "\n\n" + list)]) { Style = "attention" };
    }
}
