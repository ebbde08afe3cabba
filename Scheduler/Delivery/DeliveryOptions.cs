using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Scheduler.Delivery;

/// <summary>How fast and how persistently proactive messages are delivered. Bound from the <c>Delivery</c> section.</summary>
public sealed class DeliveryOptions : IValidatableObject
{
    public const string Section = "Delivery";

    /// <summary>Requests per second per tenant (Teams allows 50 per app per tenant).</summary>
    [Range(1, 10_000)]
    public int TenantRatePerSecond { get; set; } = 50;

    /// <summary>Sends per second per conversation (Teams allows 7 per bot per conversation).</summary>
    [Range(1, 100)]
    public int ConversationRatePerSecond { get; set; } = 7;

    /// <summary>
    /// Added to the one-second window the limits are counted in, so that scheduling jitter between our clock and the
    /// arrival at Teams does not push two windows' worth of requests into one of Teams' seconds.
    /// </summary>
    public TimeSpan RateWindowSlack { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Sends in flight at once.</summary>
    [Range(1, 256)]
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>Attempts before a message that keeps failing transiently (5xx, 412, 429, timeouts) is marked Failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First backoff after a transient failure; it doubles per attempt, with jitter, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a claim lasts; a drain that crashed leaves rows that are taken again after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Messages claimed per round trip to the store.</summary>
    [Range(1, 1000)]
    public int ClaimBatchSize { get; set; } = 256;

    /// <summary>Longest a drain waits for a message that is due later before looking again.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the Quartz trigger starts a drain. A drain returns when nothing is left or the next message is due later
    /// than this, so a message queued for later goes out at most this long after a drain first sees it due.
    /// </summary>
    public TimeSpan DrainInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RateWindowSlack < TimeSpan.Zero || RateWindowSlack > TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("Delivery:RateWindowSlack must be between 0 and 1 second.", [nameof(RateWindowSlack)]);
        }

        if (BaseBackoff <= TimeSpan.Zero || MaxBackoff < BaseBackoff)
        {
            yield return new ValidationResult("Delivery:BaseBackoff must be positive and not longer than Delivery:MaxBackoff.", [nameof(BaseBackoff)]);
        }

        // A claimed message waits for its rate slot; at the tenant rate the whole claim (and the sends in flight)
        // must go out within half the lease, or messages would reach the end of their lease unsent.
        if (TimeSpan.FromSeconds((ClaimBatchSize + MaxParallelSends) / (double)Math.Max(1, TenantRatePerSecond)) > Lease / 2)
        {
            yield return new ValidationResult(
                "Delivery:Lease must be at least twice (ClaimBatchSize + MaxParallelSends) / TenantRatePerSecond seconds.", [nameof(Lease)]);
        }

        if (Lease < TimeSpan.FromSeconds(1) || IdlePoll <= TimeSpan.Zero || DrainInterval < TimeSpan.FromSeconds(1))
        {
            yield return new ValidationResult("Delivery:Lease and Delivery:DrainInterval must be at least 1 second and Delivery:IdlePoll positive.", [nameof(Lease)]);
        }
    }
}
