using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Welcome;
using OutcomesBot.Scheduler.Retention;

namespace OutcomesBot.Bot.Turns.MyData;

/// <summary>The typed <c>my data</c> command: what the bot keeps and why, with download and delete, in the 1:1 chat only.</summary>
public sealed class MyDataCommands(IPersonStore people, IOptions<RetentionOptions> retention) : ITextCommandHandler
{
    public bool CanHandle(string command) => CommandCatalog.MyData.Matches(command);

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await MyDataActions.SenderAsync(turn, people, cancellationToken) is null)
        {
            await turn.SendTextAsync(MyDataActions.PersonalOnly, cancellationToken);
            return;
        }

        await turn.SendCardAsync(MyDataCards.Overview(retention.Value.RawAnswersMonths), cancellationToken);
    }
}
