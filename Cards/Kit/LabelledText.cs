namespace OutcomesBot.Cards.Kit;

/// <summary>A bold label with its text right under it, in one container: a part of a summary, a condition, an audience.</summary>
public static class LabelledText
{
    public static Container Of(string label, string text) =>
        new([new TextBlock(label) { Weight = "Bolder" }, new TextBlock(text) { Spacing = "None" }]);
}
