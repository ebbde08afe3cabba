using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// Whose buttons the welcome card carries: in the 1:1 chat, the widest role the sender holds in any team (from the
/// stored roster, as every leader action checks); in a channel or group chat, everyone's, since everyone sees the card.
/// In the 1:1 chat the card also shows what waits for the person as a leader (decision 099) or as a leader or champion
/// (story offers, decision 101): as the chat opens, on `hi` and on **Back to welcome**.
/// </summary>
public sealed class WelcomeAudience(TeamRoles roles, IPersonStore people, ChampionsWaiting champions, StoryOffersWaiting stories)
{
    /// <summary>
    /// The welcome card for this turn's reader. The sender's teams and roles are read once, for both the buttons and
    /// what waits for them as a leader.
    /// </summary>
    public async Task<AdaptiveCard> CardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.PersonalSenderId is not { } personId)
        {
            return WelcomeCard.Create(turn.IsSharedConversation, CommandAudience.Everyone);
        }

        var aadObjectId = await SenderAadObjectId.OfAsync(turn, people, personId, cancellationToken);
        var teams = await roles.TeamsWithRolesAsync(aadObjectId, cancellationToken);
        var led = teams.Where(t => t.Role >= TeamRole.Leader).Select(t => t.Team).ToList();
        var championed = teams.Where(t => t.Role >= TeamRole.Champion).Select(t => t.Team).ToList();
        var reach = led.Count > 0 ? CommandAudience.Leaders
            : championed.Count > 0 ? CommandAudience.LeadersAndChampions
            : CommandAudience.Everyone;

        // Stories waiting for a decision first (decision 101: a colleague waits on them), then former champions (099).
        List<WaitingItem> waiting =
        [
            .. await stories.ForTeamsAsync(championed, aadObjectId, cancellationToken),
            .. await champions.ForTeamsAsync(led, cancellationToken),
        ];
        return WelcomeCard.Create(turn.IsSharedConversation, reach, waiting);
    }
}
