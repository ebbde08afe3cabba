namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>A place that still names a person: by their ids (<paramref name="Rows"/> rows) or by the text they wrote.</summary>
public sealed record Mention(string Place, long Rows, bool ByMarker);
