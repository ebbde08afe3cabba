namespace OutcomesBot.Dialogs.LearningSets;

/// <summary>
/// Tells each member of a new set, in their 1:1 chat, what they joined: the question, when rounds come, and a button to
/// write their answer (decision 030). The starter is not told; a member the bot cannot reach is skipped.
/// </summary>
public sealed class LearningSetWelcome(ITeamStore teams, IPersonalCards cards)
{
    public const string JoinedKind = "learning-set-joined";

    public async Task TellMembersAsync(LearningSet set, string channelTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        var starter = await teams.GetMemberAsync(set.TeamId, set.StarterAadObjectId, cancellationToken);
        var firstLocal = TimeZoneInfo.ConvertTime(set.FirstRoundAt, TimeZoneInfo.FindSystemTimeZoneById(set.TimeZoneId));
        // A starter no longer on the roster has no slot (no AAD object id here), and is "A champion" as before.
        var card = LearningSetMemberCards.JoinedAtSend(set, channelTitle, starter?.AadObjectId, starter?.Name, firstLocal);
        foreach (var aad in set.Members.Where(m => !string.Equals(m, set.StarterAadObjectId, StringComparison.OrdinalIgnoreCase)))
        {
            if (await teams.GetMemberAsync(set.TeamId, aad, cancellationToken) is { TeamsUserId: { } recipient })
            {
                await cards.SendAsync("learning:" + set.SetId, recipient, set.TenantId, JoinedKind, card, null, cancellationToken);
            }
        }
    }
}
