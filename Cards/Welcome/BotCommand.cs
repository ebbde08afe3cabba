namespace OutcomesBot.Cards.Welcome;

/// <summary>A command a person can type (or @mention the bot with), with who it is for.</summary>
public sealed record BotCommand(string Name, string Description, string Audience, bool Available);
