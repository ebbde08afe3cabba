using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Protocol.Connector;

/// <summary>One page of members and the token for the next page (null on the last page).</summary>
public sealed record PagedMembersResult(IReadOnlyList<ChannelAccount> Members, string? ContinuationToken);
