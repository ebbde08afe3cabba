namespace OutcomesBot.Bot.Turns;

/// <summary>
/// Builds the command and card-verb tables as the host starts (taking them is enough: their constructors refuse
/// overlaps), so a clash between two handlers stops start-up instead of the first message that needs the table.
/// </summary>
public sealed class DispatchTablesCheck(CommandTable commands, VerbTable verbs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = commands.Listed;
        _ = verbs.Find(string.Empty);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
