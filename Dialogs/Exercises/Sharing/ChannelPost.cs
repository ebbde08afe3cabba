using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>
/// A post a person put in a team channel. <see cref="PostId"/> is the once-only key of the post (for an exercise share:
/// the session and the version of the card Post was pressed on), <see cref="ChannelId"/> the channel's conversation id.
/// </summary>
public sealed record ChannelPost(string PostId, string ChannelId, string TenantId)
{
    /// <summary>Whose words the post carries: their "delete my data" deletes it if it has not gone yet.</summary>
    public PersonIdentity? Writer { get; init; }
}
