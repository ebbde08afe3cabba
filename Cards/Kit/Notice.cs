namespace OutcomesBot.Cards.Kit;

/// <summary>The small grey print under a card's content: what happens to the data, who sees it.</summary>
public static class Notice
{
    public static TextBlock Of(string text) => new(text) { IsSubtle = true, Size = "Small" };
}
