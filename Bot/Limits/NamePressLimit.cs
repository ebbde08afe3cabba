using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// At most <see cref="MaxLookUps"/> typed-name look-ups per person per <see cref="Window"/> (decision 082), and at most
/// <see cref="MaxLookUpsPerHour"/> per <see cref="HourWindow"/> (decision 085), the support picker's and the entry share's
/// together. Someone typing a name and correcting it a few times needs three or four; a script paging through a roster
/// needs thousands. A press the minute's limit refuses does not use the hour's budget, so a fast typist who is told to
/// wait a minute has lost nothing. Kept by a hash of the person's id, which is also all a refusal logs. In memory, per
/// instance (decision 085 says why it is not shared).
/// </summary>
public sealed partial class NamePressLimit(TimeProvider timeProvider, ILogger<NamePressLimit> logger) : INamePressLimit
{
    public const int MaxLookUps = 10;
    public const int MaxTrackedPeople = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int MaxLookUpsPerHour = 60;
    public static readonly TimeSpan HourWindow = TimeSpan.FromHours(1);

    private readonly AttemptLimiter _minute = new(MaxLookUps, Window, MaxTrackedPeople, timeProvider);
    private readonly AttemptLimiter _hour = new(MaxLookUpsPerHour, HourWindow, MaxTrackedPeople, timeProvider);

    public NameLookUpAllowance TryLookUp(string? aadObjectId, string personId)
    {
        var person = PersonKey(string.IsNullOrWhiteSpace(aadObjectId) ? personId : aadObjectId.ToLowerInvariant());
        var allowance = !_minute.TryAcquire(person) ? NameLookUpAllowance.WaitAMinute
            : !_hour.TryAcquire(person) ? NameLookUpAllowance.WaitAnHour
            : NameLookUpAllowance.Allowed;
        if (allowance != NameLookUpAllowance.Allowed)
        {
            LogRefused(logger, person, allowance == NameLookUpAllowance.WaitAnHour ? "hour" : "minute");
        }

        return allowance;
    }

    /// <summary>An opaque key for the person: the first 128 bits of the SHA-256 of their id, as hex.</summary>
    public static string PersonKey(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];

    [LoggerMessage(EventId = 1460, Level = LogLevel.Warning,
        Message = "A name look-up on a picker was refused: person {PersonKey} is over the limit of the {Window}; nothing was read or stored")]
    private static partial void LogRefused(ILogger logger, string personKey, string window);
}
