using OutcomesBot.Bot.Limits;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// Rate limit of the "my data" link, per token: at most <see cref="MaxAttempts"/> requests (landing page and
/// download together) per <see cref="Window"/>. Keyed by the token's hash, so no token is held in memory. The number
/// of tokens tracked is capped (<see cref="AttemptLimiter"/>): made-up tokens (the only way to fill it) must not lock
/// real links out, and a real token is 256 random bits that nobody can guess, so forgetting its count costs nothing.
/// </summary>
public sealed class DownloadAttemptLimiter(TimeProvider timeProvider)
{
    public const int MaxAttempts = 5;
    public const int MaxTrackedTokens = 10_000;
    public static readonly TimeSpan Window = DownloadLinks.Lifetime;

    private readonly AttemptLimiter _limiter = new(MaxAttempts, Window, MaxTrackedTokens, timeProvider);

    /// <summary>Counts one request for the token; false when it is over the limit.</summary>
    public bool TryAcquire(string tokenHash) => _limiter.TryAcquire(tokenHash);
}
