namespace OutcomesBot.Cards.Model;

/// <summary>Opens a web page.</summary>
public sealed record OpenUrlAction(string Title, Uri Url) : CardAction(Title);
