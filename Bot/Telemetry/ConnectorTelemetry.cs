using System.Diagnostics;
using System.Net;
using OutcomesBot.Scheduler.Telemetry;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// The span of one outbound Bot Connector call (all its attempts) and the count of 429s received. The span has the
/// operation, the final status and the retry count; never the URL (it names conversations) or a body.
/// </summary>
internal static class ConnectorTelemetry
{
    public const string SpanName = "connector";

    public static Activity? Start(string operation)
    {
        var span = BotTelemetry.Source.StartActivity(SpanName, ActivityKind.Client);
        span?.SetTag(TelemetryTags.ConnectorOperation, operation);
        span?.SetTag(TelemetryTags.RetryCount, 0);
        return span;
    }

    /// <summary>Called on every retry; the connector span is the current activity while the pipeline runs.</summary>
    public static void Retried(int retries)
    {
        if (Activity.Current is { Source.Name: BotTelemetry.Name, OperationName: SpanName } span)
        {
            span.SetTag(TelemetryTags.RetryCount, retries);
        }
    }

    /// <summary>Called for every answer, so that a 429 retried inside the pipeline is counted too.</summary>
    public static void Answered(string operation, HttpStatusCode status)
    {
        if (status == HttpStatusCode.TooManyRequests && BotTelemetry.Throttled.Enabled)
        {
            BotTelemetry.Throttled.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ConnectorOperation, operation));
        }
    }

    public static void Stop(Activity? span, HttpStatusCode? status, Exception? exception)
    {
        if (span is null)
        {
            return;
        }

        if (status is { } code)
        {
            span.SetTag(TelemetryTags.HttpStatus, (int)code);
        }

        if (exception is not null || status is null or >= HttpStatusCode.BadRequest)
        {
            span.SetTag(TelemetryTags.ErrorType, exception?.GetType().Name ?? ((int)status!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
            span.SetStatus(ActivityStatusCode.Error);
        }

        span.Dispose();
    }
}
