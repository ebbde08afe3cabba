using OutcomesBot.Dialogs.Champions;

namespace OutcomesBot.Bot.Turns.Teams;

/// <summary>The typed <c>champions</c> command: a leader's champions card, in the 1:1 chat only.</summary>
public sealed class ChampionCommands(ChampionNaming naming) : ITextCommandHandler
{
    public static BotCommand Champions { get; } = new("champions", "Name or remove the champions of a team you lead.", CommandAudience.Leaders, CommandScopes.Personal, ["champions", "champion"])
    {
        Order = 140,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [Champions];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendCardAsync(await naming.OpenAsync(turn.Activity.From?.AadObjectId, null, cancellationToken), cancellationToken);
    }
}
