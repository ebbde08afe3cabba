using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// At most <see cref="MaxLookUps"/> typed-name look-ups per person in any <see cref="Window"/> (decision 082), and at most
/// <see cref="MaxLookUpsPerHour"/> in any <see cref="HourWindow"/> (decision 085), the support picker's and the entry
/// share's together. Someone typing a name and correcting it a few times needs three or four; a script paging through a
/// roster needs thousands. The windows slide (decision 089): counted back from each press, so no burst fits across the
/// edge of a minute or an hour. A refused press uses neither budget, so a fast typist who is told to wait a minute has
/// lost nothing. Kept by the keyed hash of the person's id (<see cref="LoggedIdHash"/>), which is also all a refusal
/// logs, in the store (<see cref="IPressBudgetStore"/>, decision 098): every instance and every restart count together.
/// </summary>
public sealed partial class NamePressLimit(IPressBudgetStore budgets, TimeProvider timeProvider, LoggedIdHash loggedIds, ILogger<NamePressLimit> logger) : INamePressLimit
{
    public const int MaxLookUps = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxLookUpsPerHour = 60;
    public static readonly TimeSpan HourWindow = TimeSpan.FromHours(1);

    /// <summary>The minute's budget first, so a press refused by both is told to wait a minute (as before).</summary>
    public static IReadOnlyList<PressBudget> Budgets { get; } = [new(MaxLookUps, Window), new(MaxLookUpsPerHour, HourWindow)];

    public async Task<NameLookUpAllowance> TryLookUpAsync(string? aadObjectId, string personId, CancellationToken cancellationToken)
    {
        var person = loggedIds.Of(string.IsNullOrWhiteSpace(aadObjectId) ? personId : aadObjectId.ToLowerInvariant());
        var allowance = await budgets.TryPressAsync(person, Budgets, timeProvider.GetUtcNow(), cancellationToken) switch
        {
            null => NameLookUpAllowance.Allowed,
            0 => NameLookUpAllowance.WaitAMinute,
            _ => NameLookUpAllowance.WaitAnHour,
        };
        if (allowance != NameLookUpAllowance.Allowed)
        {
            LogRefused(logger, person, allowance == NameLookUpAllowance.WaitAnHour ? "hour" : "minute");
        }

        return allowance;
    }

    [LoggerMessage(EventId = 1460, Level = LogLevel.Warning,
        Message = "A name look-up on a picker was refused: person {PersonKey} is over the limit of the {Window}; nothing was read or stored")]
    private static partial void LogRefused(ILogger logger, string personKey, string window);
}
