namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// An offer no leader or champion has decided yet, as the team's list of them holds it (decision 101): which team, which
/// story, whose and when. None of the author's words: those stay in the offer, read by story id where they are shown.
/// </summary>
public sealed record WaitingStoryOffer(string TeamId, string StoryId, string AuthorAadObjectId, DateTimeOffset OfferedAt);
