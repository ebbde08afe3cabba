using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Graph;

/// <summary>Microsoft Graph: where it is, the app's catalog id for installs, retries and the daily roster sync. Section "Graph".</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Graph's v1.0 endpoint; tests point it at a fake Graph on loopback.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The app's id in the tenant's app catalog (not the bot id); installs for people are skipped without it.</summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Retries of a throttled (429) or unavailable (503/504) call; Retry-After is honoured.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before a retry when Graph gives no Retry-After (doubles each time).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The longest one Graph call may take, retries included.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The time of day (UTC) every team's roster is read again and missing installs are tried.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:00")]
    public TimeSpan RosterSyncAt { get; set; } = new(3, 0, 0);
}
