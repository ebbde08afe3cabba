using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Scheduler.Retention;

/// <summary>How long raw answers, and notes of former champions, are kept. Bound from the <c>Retention</c> section, validated on start.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Raw answers older than this many months are removed by the daily retention job; aggregates stay.</summary>
    [Range(1, 120)]
    public int RawAnswersMonths { get; set; } = 24;

    /// <summary>
    /// A note that someone was a champion of a team when they left it is forgotten this many days after its last event
    /// (their leaving, or the leaders told of their return) by the same job (decision 091).
    /// </summary>
    [Range(30, 3650)]
    public int FormerChampionsDays { get; set; } = 180;
}
