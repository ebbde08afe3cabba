using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// Whose buttons the welcome card carries: in the 1:1 chat, the widest role the sender holds in any team (from the
/// stored roster, as every leader action checks); in a channel or group chat, everyone's, since everyone sees the card.
/// A 1:1 chat that opens also shows what waits for the person as a leader (decision 099).
/// </summary>
public sealed class WelcomeAudience(TeamRoles roles, IPersonStore people, ChampionsWaiting champions)
{
    public async Task<CommandAudience> ReachAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            return CommandAudience.Everyone;
        }

        var aadObjectId = await SenderAadObjectId.OfAsync(turn, people, personId, cancellationToken);
        if ((await roles.TeamsWhereAsync(aadObjectId, TeamRole.Leader, cancellationToken)).Count > 0)
        {
            return CommandAudience.Leaders;
        }

        return (await roles.TeamsWhereAsync(aadObjectId, TeamRole.Champion, cancellationToken)).Count > 0
            ? CommandAudience.LeadersAndChampions
            : CommandAudience.Everyone;
    }

    /// <summary>
    /// What waits for the sender as a leader of the teams they lead now, in the 1:1 chat only: a card in a channel or group
    /// chat is seen by everyone, and what waits names colleagues.
    /// </summary>
    public async Task<IReadOnlyList<WaitingItem>> WaitingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            return [];
        }

        return await champions.ForLeaderAsync(await SenderAadObjectId.OfAsync(turn, people, personId, cancellationToken), cancellationToken);
    }
}
