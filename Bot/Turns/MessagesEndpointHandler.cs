using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// POST /api/messages: read the activity (413/415/400), check its token (401/403), ignore types the bot does not
/// handle (200), process each activity id once, and run the turn under its own timeout, which is separate from the
/// request's abort so that a client hanging up never leaves a turn half done.
/// </summary>
public sealed partial class MessagesEndpointHandler(
    ActivityRequestReader reader,
    IRequestAuthenticator authenticator,
    IActivityDeduplicator deduplicator,
    ActivityRouter router,
    IConnectorClient connector,
    TimeProvider timeProvider,
    IOptions<TurnOptions> options,
    ILogger<MessagesEndpointHandler> logger)
{
    internal const string StillWorking = "Still working on that one. Give me a moment.";
    internal const string TurnFailed = "Sorry, something went wrong on my side. Please try again in a moment.";

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var read = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Activity is not { } activity)
        {
            LogRefused(read.StatusCode, read.Problem);
            return Results.Problem(statusCode: read.StatusCode, title: read.Problem);
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity, http.RequestAborted);
        if (!auth.Succeeded)
        {
            LogUnauthenticated(auth.Status, auth.Reason);
            if (auth.Status == AuthenticationStatus.Unauthorized)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
            }

            var status = auth.Status == AuthenticationStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return Results.Problem(statusCode: status, title: auth.Reason);
        }

        if (!ActivityTypes.IsHandled(activity.Type))
        {
            LogIgnored(activity.Type);
            return Results.Ok();
        }

        return await RunTurnAsync(activity);
    }

    private async Task<IResult> RunTurnAsync(Activity activity)
    {
        var conversationId = activity.Conversation!.Id!;
        var activityId = activity.Id;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var trace = TurnTelemetry.Start(activity.Type, timeProvider);
        if (activityId is not null)
        {
            var claim = await deduplicator.TryClaimAsync(conversationId, activityId, CancellationToken.None);
            if (claim.Status != ActivityClaimStatus.Claimed)
            {
                LogDuplicate(activityId, claim.Status);
                trace.Stop(TurnTelemetry.Duplicate);
                return claim.StoredResponseJson is { } stored ? Json(stored)
                    : isInvoke ? Json(AdaptiveCardInvokeResponse.Message(StillWorking)) : Results.Ok();
            }
        }

        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, timeProvider);
        try
        {
            var response = await router.RouteAsync(new TurnContext(activity, connector), timeout.Token);
            var json = response is null ? null : JsonSerializer.Serialize(response, ProtocolJson.Options);
            if (activityId is not null)
            {
                await deduplicator.CompleteAsync(conversationId, activityId, json, CancellationToken.None);
            }

            trace.Stop(TurnTelemetry.Completed);
            return json is null ? Results.Ok() : Json(json);
        }
        catch (Exception exception)
        {
            trace.Stop(exception is OperationCanceledException && timeout.IsCancellationRequested ? TurnTelemetry.TimedOut : TurnTelemetry.Failed);
            if (activityId is not null)
            {
                await deduplicator.ReleaseAsync(conversationId, activityId, CancellationToken.None);
            }

            var timedOut = exception is OperationCanceledException && timeout.IsCancellationRequested;
            if (timedOut)
            {
                LogTimedOut(activity.Type, options.Value.TurnTimeout);
            }
            else
            {
                LogTurnFailed(activity.Type, exception);
            }

            return isInvoke
                ? Json(AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, timedOut ? "timeout" : "turnFailed", TurnFailed))
                : Results.Problem(statusCode: timedOut ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError, title: TurnFailed);
        }
    }

    private static IResult Json(AdaptiveCardInvokeResponse response) => Json(JsonSerializer.Serialize(response, ProtocolJson.Options));

    private static IResult Json(string json) => Results.Content(json, "application/json", Encoding.UTF8, StatusCodes.Status200OK);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Refused a request to /api/messages with {StatusCode}: {Problem}")]
    private partial void LogRefused(int statusCode, string? problem);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Refused a request to /api/messages as {Status}: {Reason}")]
    private partial void LogUnauthenticated(AuthenticationStatus status, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Ignored an activity of type {Type}")]
    private partial void LogIgnored(string? type);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Activity {ActivityId} was delivered again ({Status}); not processed twice")]
    private partial void LogDuplicate(string activityId, ActivityClaimStatus status);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "A {Type} turn did not finish within {Timeout}")]
    private partial void LogTimedOut(string? type, TimeSpan timeout);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "A {Type} turn failed")]
    private partial void LogTurnFailed(string? type, Exception exception);
}
