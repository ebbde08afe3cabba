using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Scheduler.Retention;

namespace OutcomesBot.Bot.Turns.MyData;

/// <summary>The typed <c>my data</c> command: what the bot keeps and why, with download and delete, in the 1:1 chat only.</summary>
public sealed class MyDataCommands(IOptions<RetentionOptions> retention, NoteStopChoice noteStops) : ITextCommandHandler
{
    public static BotCommand MyData { get; } = new("my data", "See, download or delete what the bot keeps about you.", CommandAudience.Everyone, CommandScopes.Personal, ["my data", "mydata"])
    {
        Order = 60,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [MyData];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendCardAsync(await OverviewAsync(retention.Value, noteStops, turn.Activity.From?.AadObjectId, null, cancellationToken), cancellationToken);
    }

    /// <summary>The <c>my data</c> card, with the notes the person stopped (decision 096), as typed and as its buttons show it again.</summary>
    internal static async Task<AdaptiveCard> OverviewAsync(RetentionOptions retention, NoteStopChoice noteStops, string? aadObjectId, string? notice, CancellationToken cancellationToken) =>
        MyDataCards.Overview(retention.RawAnswersMonths, notice, NoteStopCards.StoppedList(await noteStops.StoppedAsync(aadObjectId, cancellationToken)));
}
