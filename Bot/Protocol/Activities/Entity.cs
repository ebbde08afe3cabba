namespace OutcomesBot.Bot.Protocol.Activities;

/// <summary>
/// An entity on an activity: a mention (type "mention", with <see cref="Mentioned"/> and <see cref="Text"/>)
/// or client info; other shapes keep their fields in <see cref="WireRecord.ExtensionData"/>.
/// </summary>
public sealed record Entity : WireRecord
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }
}
