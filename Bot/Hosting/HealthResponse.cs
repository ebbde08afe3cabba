using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutcomesBot.Bot.Hosting;

/// <summary>
/// The body of <c>/healthz</c> and <c>/readyz</c>: the overall status and each check's status, by name. No exception
/// text or description goes out: they may name hosts, paths or accounts; the log has them.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
