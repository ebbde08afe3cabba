using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Limits;

/// <summary>
/// At most <see cref="MaxLookUps"/> typed-name look-ups per person per <see cref="Window"/>, the support picker's and the
/// entry share's together (decision 082). Someone typing a name and correcting it a few times needs three or four; a
/// script paging through a roster needs thousands. Kept by a hash of the person's id, which is also all a refusal logs.
/// </summary>
public sealed partial class NamePressLimit(TimeProvider timeProvider, ILogger<NamePressLimit> logger) : INamePressLimit
{
    public const int MaxLookUps = 10;
    public const int MaxTrackedPeople = 10_000;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly AttemptLimiter _limiter = new(MaxLookUps, Window, MaxTrackedPeople, timeProvider);

    public bool TryLookUp(string? aadObjectId, string personId)
    {
        var person = PersonKey(string.IsNullOrWhiteSpace(aadObjectId) ? personId : aadObjectId.ToLowerInvariant());
        if (_limiter.TryAcquire(person))
        {
            return true;
        }

        LogRefused(logger, person);
        return false;
    }

    /// <summary>An opaque key for the person: the first 128 bits of the SHA-256 of their id, as hex.</summary>
    public static string PersonKey(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];

    [LoggerMessage(EventId = 1460, Level = LogLevel.Warning,
        Message = "A name look-up on a picker was refused: person {PersonKey} is over the limit; nothing was read or stored")]
    private static partial void LogRefused(ILogger logger, string personKey);
}
