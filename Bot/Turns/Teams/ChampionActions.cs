using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Turns.Teams;

/// <summary>The champions card's buttons. The leader is always the sender of the activity, never a value on the card.</summary>
public sealed class ChampionActions(ChampionNaming naming) : ICardActionHandler
{
    public IReadOnlyList<VerbPrefix> Verbs { get; } =
        [VerbPrefix.Personal("champions.", ChampionCommands.Champions)];

    public async Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        var leader = turn.Activity.From?.AadObjectId;
        var data = request.TextData();
        var teamId = data.GetValueOrDefault(ChampionVerbs.TeamKey);
        var person = data.GetValueOrDefault(ChampionVerbs.PersonKey);
        var card = request.Verb switch
        {
            ChampionVerbs.Name => await naming.SetAsync(leader, teamId, person, isChampion: true, cancellationToken),
            ChampionVerbs.Remove => await naming.SetAsync(leader, teamId, person, isChampion: false, cancellationToken),
            ChampionVerbs.Keep => await naming.KeepAsStaffAsync(leader, teamId, person, cancellationToken),
            _ => await naming.OpenAsync(leader, teamId, cancellationToken),
        };
        return CardActionResult.ShowCard(card);
    }
}
