using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns;

/// <summary>The activity read from a request, or the status and reason it was refused with.</summary>
public sealed record ActivityReadResult(Activity? Activity, int StatusCode, string? Problem)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Refused(int statusCode, string problem) => new(null, statusCode, problem);
}
