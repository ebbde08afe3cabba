namespace OutcomesBot.Dialogs.Stories;

/// <summary>A story on the <c>my stories</c> list; <paramref name="LeftTeam"/> when it is the person's own, in a team they are no longer in.</summary>
public sealed record ListedStory(Story Story, bool LeftTeam);
