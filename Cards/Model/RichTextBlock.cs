namespace OutcomesBot.Cards.Model;

/// <summary>A paragraph of styled runs.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;
