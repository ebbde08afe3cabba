namespace OutcomesBot.Dialogs.MyData;

/// <summary>A heading (null for a paragraph under the previous one) and its plain text.</summary>
public sealed record ReadableSection(string? Heading, string Text);
