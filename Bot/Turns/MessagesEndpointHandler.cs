using System.Text;
using OutcomesBot.Bot.Protocol.Activities;
using OutcomesBot.Bot.Protocol.Auth;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Bot.Storage;
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
    TurnClaims claims,
    ActivityRouter router,
    IConnectorClient connector,
    TimeProvider timeProvider,
    IOptions<TurnOptions> options,
    ILogger<MessagesEndpointHandler> logger)
{
    internal const string StillWorking = "Still working on that one. Give me a moment.";
    internal const string TurnFailed = "Sorry, something went wrong on my side. Please try again in a moment.";
    internal const string TryAgain = "I'm busy and couldn't take that in just now. Nothing was done: please try again in a moment.";
    internal const string AlreadyAnswered = "I've already answered that.";

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
            // The reason went to the log (IRequestAuthenticator); the caller learns nothing from the answer.
            if (auth.Status == AuthenticationStatus.Forbidden)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "forbidden");
            }

            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "unauthorized");
        }

        if (!ActivityTypes.IsHandled(activity.Type))
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
#pragma warning disable CA1873 // Guarded by IsEnabled just above; the analyzer does not see the guard.
                LogIgnored(LoggedValue.Cut(activity.Type));
#pragma warning restore CA1873
            }

            return Results.Ok();
        }

        return await RunTurnAsync(activity, http);
    }

    private async Task<IResult> RunTurnAsync(Activity activity, HttpContext http)
    {
        using var scope = TurnScope.Begin();
        var conversationId = activity.Conversation!.Id!;
        var activityId = activity.Id;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var trace = TurnTelemetry.Start(activity.Type, timeProvider);
        if (activityId is not null)
        {
            if (await claims.TryClaimAsync(conversationId, activityId) is not { } claim)
            {
                trace.Stop(TurnTelemetry.Failed);
                return Busy(isInvoke, http);
            }

            if (claim.Status != ActivityClaimStatus.Claimed)
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
#pragma warning disable CA1873 // Guarded by IsEnabled just above; the analyzer does not see the guard.
                    LogDuplicate(LoggedValue.Cut(activityId)!, claim.Status);
#pragma warning restore CA1873
                }

                trace.Stop(TurnTelemetry.Duplicate);
                return claim.StoredResponseJson is { } stored && StoredReply.ReplayFor(stored, activity) is { } replay ? Json(replay)
                    : isInvoke ? Json(AdaptiveCardInvokeResponse.Message(claim.Status == ActivityClaimStatus.Completed ? AlreadyAnswered : StillWorking))
                    : Results.Ok();
            }
        }

        var turn = new TurnContext(activity, connector);
        using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, timeProvider);
        try
        {
            var response = await router.RouteAsync(turn, timeout.Token);
            var answer = response is null ? null : response.Utf8 ?? JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJson.Options);
            if (activityId is not null)
            {
                await claims.CompleteAsync(conversationId, activityId, answer is null ? null : StoredReply.For(activity, answer, turn.ReplyIsPrivate));
            }

            trace.Stop(TurnTelemetry.Completed);
            return answer is null ? Results.Ok() : Json(answer);
        }
        catch (Exception exception)
        {
            trace.Stop(exception is OperationCanceledException && timeout.IsCancellationRequested ? TurnTelemetry.TimedOut : TurnTelemetry.Failed);
            return await FailedAsync(turn, exception, timeout.IsCancellationRequested, scope.MadeEffects);
        }
    }

    // A turn that had already sent something is completed, not released: Teams' retry must not send it again.
    private async Task<IResult> FailedAsync(TurnContext turn, Exception exception, bool timedOut, bool madeEffects)
    {
        var activity = turn.Activity;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        TurnScope.Current?.HeldWrites?.Discard();
        timedOut &= exception is OperationCanceledException;
        var storage = !timedOut && StorageFailures.IsStorageFailure(exception);
        var answer = isInvoke
            ? storage ? AdaptiveCardInvokeResponse.Message(StorageFailures.MessageFor(exception, turn.IsSharedConversation))
                : AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, timedOut ? "timeout" : "turnFailed", TurnFailed)
            : null;
        if (activity.Id is { } activityId)
        {
            if (madeEffects)
            {
                await claims.CompleteAsync(turn.ConversationId, activityId,
                    answer is null ? null : StoredReply.For(activity, JsonSerializer.SerializeToUtf8Bytes(answer, ProtocolJson.Options), isPrivate: false));
            }
            else
            {
                await claims.ReleaseAsync(turn.ConversationId, activityId);
            }
        }

        if (timedOut)
        {
            LogTimedOut(LoggedValue.Cut(activity.Type), options.Value.TurnTimeout);
        }
        else
        {
            LogTurnFailed(LoggedValue.Cut(activity.Type), exception);
        }

        if (answer is not null)
        {
            return Json(answer);
        }

        return storage
            ? Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: StorageFailures.MessageFor(exception, turn.IsSharedConversation))
            : Results.Problem(statusCode: timedOut ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError, title: TurnFailed);
    }

    // The store could not take the claim (SQLite busy past Storage:TurnBusyTimeout, Azure unreachable): nothing ran, so
    // Teams' retry of this activity is processed as new. An invoke says so to the person; a message gets 503 Retry-After.
    private static IResult Busy(bool isInvoke, HttpContext http)
    {
        if (isInvoke)
        {
            return Json(AdaptiveCardInvokeResponse.Message(TryAgain));
        }

        http.Response.Headers.RetryAfter = "5";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: TryAgain);
    }

    private static IResult Json(AdaptiveCardInvokeResponse response) => Json(JsonSerializer.Serialize(response, ProtocolJson.Options));

    private static IResult Json(string json) => Results.Content(json, "application/json", Encoding.UTF8, StatusCodes.Status200OK);

    private static IResult Json(byte[] json) => Results.Bytes(json, "application/json; charset=utf-8");

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Refused a request to /api/messages with {StatusCode}: {Problem}")]
    private partial void LogRefused(int statusCode, string? problem);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Ignored an activity of type {Type}")]
    private partial void LogIgnored(string? type);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Activity {ActivityId} was delivered again ({Status}); not processed twice")]
    private partial void LogDuplicate(string activityId, ActivityClaimStatus status);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "A {Type} turn did not finish within {Timeout}")]
    private partial void LogTimedOut(string? type, TimeSpan timeout);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "A {Type} turn failed")]
    private partial void LogTurnFailed(string? type, Exception exception);
}
