namespace OutcomesBot.Dialogs.Stories;

/// <summary>A team's posted digest: the period it covered, the channel it went to and the stories it carried.</summary>
public sealed record StoryDigest(string TeamId, DateTimeOffset PeriodEnd, string ChannelId, IReadOnlyList<string> StoryIds);
