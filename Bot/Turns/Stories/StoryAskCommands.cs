using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// <c>ask me for stories</c>, in the 1:1 chat: a champion who pressed "Don't ask me for stories" is asked again, in every
/// team they stopped it (decision 079). Only the sender's own stops change.
/// </summary>
public sealed class StoryAskCommands(StoryAskChoice askChoice) : ITextCommandHandler
{
    public static BotCommand AskMeForStories { get; } = new(
        "ask me for stories", "Champions: be asked for a story again in a week with none, after you pressed Don't ask me for stories.",
        CommandAudience.LeadersAndChampions, CommandScopes.Personal, ["ask me for stories", "ask me for a story"])
    {
        Order = 95,
        InManifest = false,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [AskMeForStories];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NamedSender.AadObjectIdOrSayAsync(turn, cancellationToken) is not { } aadObjectId)
        {
            return;
        }

        await turn.SendCardAsync(await askChoice.AskAgainAsync(null, aadObjectId, cancellationToken), cancellationToken);
    }
}
