using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>
/// The themes a team's leaders were first shown for one closed cycle or one finished week (<see cref="ShownFor"/>): how
/// many people answered and the counts per theme in each section. An anonymous aggregate, like a momentum snapshot: no
/// words anyone wrote and nobody's id, so it stays when a member deletes their data (decision 053).
/// </summary>
public sealed record ShownThemes(string ShownFor, int Answered, ThemeSummary WentWell, ThemeSummary Barriers, ThemeSummary Support)
{
    /// <summary>What the themes of a closed team cycle are kept under.</summary>
    public static string ForCycle(string cycleId) => "cycle:" + cycleId;

    /// <summary>What the themes of a finished momentum week (the fallback of a team with no closed cycle) are kept under.</summary>
    public static string ForWeek(DateTimeOffset weekStart) => "week:" + weekStart.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
