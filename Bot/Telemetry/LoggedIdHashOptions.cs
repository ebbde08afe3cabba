using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// The key of the hashed ids in logs (decision 089), bound from <c>LogIds</c>. Unset (the default): the bot makes one on
/// its first start and keeps it in its store. Set it (from a key vault, say) to choose it, or to share it between stores.
/// </summary>
public sealed class LoggedIdHashOptions
{
    public const string Section = "LogIds";

    /// <summary>At least 32 characters; never logged.</summary>
    [MinLength(32)]
    public string? Key { get; set; }
}
