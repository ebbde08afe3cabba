using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Scheduler.Retention;

/// <summary>How long raw answers are kept. Bound from the <c>Retention</c> section, validated on start.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Raw answers older than this many months are removed by the daily retention job; aggregates stay.</summary>
    [Range(1, 120)]
    public int RawAnswersMonths { get; set; } = 24;
}
