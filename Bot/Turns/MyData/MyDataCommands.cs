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
        var stopped = await noteStops.StoppedAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        await turn.SendCardAsync(MyDataCards.Overview(retention.Value.RawAnswersMonths, settings: NoteStopCards.StoppedList(stopped)), cancellationToken);
    }
}
