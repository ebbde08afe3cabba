using System.Net;
using OutcomesBot.Bot.Telemetry;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OutcomesBot.Bot.Protocol.Connector;

// Retries what Teams documents as transient (429, 412, 502, 503, 504, and other 5xx) plus network failures and
// per-attempt timeouts, with exponential backoff and jitter. A 429 or 503 that names a Retry-After waits that
// long instead (capped by MaxDelay). 400, 401, 403, 404 and other 4xx are final.
// Teams' own table marks 500 as not retryable; we retry it with the other 5xx on purpose (docs/decisions/003).
internal static class ConnectorRetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(BotConnectorOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider, options.MaxDelay)),
                OnRetry = args =>
                {
                    ConnectorTelemetry.Retried(args.AttemptNumber + 1);
                    LogRetry(logger, args);
                    return ValueTask.CompletedTask;
                },
            });
        }

        // Added after the retry, so it sits inside it: the timeout bounds each attempt, not the whole call.
        builder.AddTimeout(options.Timeout);
        return builder.Build();
    }

    public static bool IsTransient(HttpStatusCode statusCode) =>
        statusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        || ((int)statusCode >= 500 && statusCode != HttpStatusCode.NotImplemented);

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan maxDelay)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date - timeProvider.GetUtcNow());
        if (wait is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > maxDelay ? maxDelay : delay;
    }

    private static void LogRetry(ILogger logger, OnRetryArguments<HttpResponseMessage> args)
    {
        var operation = args.Context.OperationKey ?? "call";
        var attempt = args.AttemptNumber + 1;
        var delayMs = (long)args.RetryDelay.TotalMilliseconds;
        if (args.Outcome.Result is { } response)
        {
            ConnectorLog.RetryingAfterStatus(logger, operation, (int)response.StatusCode, attempt, delayMs);
        }
        else
        {
            ConnectorLog.RetryingAfterException(logger, operation, args.Outcome.Exception?.GetType().Name ?? "unknown", attempt, delayMs);
        }
    }
}
