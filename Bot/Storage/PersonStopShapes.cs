using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Storage;

/// <summary>The kinds of people's stops kept (decisions 079, 096), each scoped its own way.</summary>
internal static class PersonStopShapes
{
    /// <summary>A person's stop of a group of one-off notes, scoped by the group's name.</summary>
    public static readonly PersonStopShape<NoteStop> Notes = new(
        stop => new(stop.Group, stop.AadObjectId, stop.TeamsUserId, stop.StoppedAt),
        parts => new NoteStop(parts.AadObjectId, parts.Scope, parts.TeamsUserId, parts.StoppedAt));

    /// <summary>A champion's stop of the weekly ask for a story, scoped by team.</summary>
    public static readonly PersonStopShape<StoryAskStop> StoryAsks = new(
        stop => new(stop.TeamId, stop.AadObjectId, stop.TeamsUserId, stop.StoppedAt),
        parts => new StoryAskStop(parts.Scope, parts.AadObjectId, parts.TeamsUserId, parts.StoppedAt));
}
