using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Scheduler;

/// <summary>Where Quartz keeps its schedule and how it treats slots it missed. Bound from the <c>Scheduler</c> section.</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string Section = "Scheduler";

    /// <summary>SQLite (one bot instance, <c>quartz.db</c> beside the bot's store) or PostgreSQL (several instances, clustered).</summary>
    public ScheduleProvider Provider { get; set; } = ScheduleProvider.Sqlite;

    /// <summary>Npgsql connection string; required for PostgreSQL, ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How late a trigger may fire before it counts as missed and its misfire instruction (fire once, then proceed) applies.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the scheduler waits before looking for due triggers again when it found none.</summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Create Quartz's tables when missing. Turn off where the database account may not create tables; the schema is then only validated.</summary>
    public bool CreateSchema { get; set; } = true;

    /// <summary>
    /// This instance's name in a PostgreSQL cluster; each instance needs its own. Unset (the default), Quartz makes one
    /// from the host name and the start time. Ignored for SQLite.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>
    /// How often a clustered instance records that it is alive. An instance silent for twice this long is taken for dead:
    /// another recovers its jobs. Ignored for SQLite.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Jobs that may run at once on this instance.</summary>
    [Range(1, 64, ErrorMessage = "Scheduler:MaxConcurrency must be between 1 and 64.")]
    public int MaxConcurrency { get; set; } = 4;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == ScheduleProvider.PostgreSQL && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Scheduler:ConnectionString must be set when Scheduler:Provider is PostgreSQL.", [nameof(ConnectionString)]);
        }

        if (MisfireThreshold < TimeSpan.FromSeconds(1) || MisfireThreshold > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Scheduler:MisfireThreshold must be between 1 second and 1 day.", [nameof(MisfireThreshold)]);
        }

        if (ClusterCheckinInterval < TimeSpan.FromSeconds(1) || ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Scheduler:ClusterCheckinInterval must be between 1 second and 5 minutes.", [nameof(ClusterCheckinInterval)]);
        }

        if (InstanceId is { Length: > 100 } || (InstanceId is not null && string.IsNullOrWhiteSpace(InstanceId)))
        {
            yield return new ValidationResult("Scheduler:InstanceId must be unset or a name of at most 100 characters.", [nameof(InstanceId)]);
        }

        if (IdleWaitTime < TimeSpan.FromSeconds(1) || IdleWaitTime > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Scheduler:IdleWaitTime must be between 1 second and 5 minutes.", [nameof(IdleWaitTime)]);
        }
    }
}
