namespace OutcomesBot.Cards.Kit;

/// <summary>
/// One line of a list with its own button at the right end (a champion with <b>Remove</b>, a stopped group of notes with
/// <b>Turn back on</b>): the text takes the width left, the button only what it needs.
/// </summary>
public static class LineWithButton
{
    public static ColumnSet Of(string text, CardAction button) => new(
    [
        new Column([new TextBlock(text)]) { Width = "stretch", VerticalContentAlignment = "Center" },
        new Column([new ActionSet([button])]) { Width = "auto" },
    ]);
}
