using System.Buffers;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// Reads one activity from a request body: bounded in size (413), well-formed JSON of the right shape (400),
/// with the fields every handled turn relies on (type, conversation id, serviceUrl).
/// </summary>
public sealed class ActivityRequestReader(IOptions<TurnOptions> options)
{
    public async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return ActivityReadResult.Refused(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
        }

        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return ActivityReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (application/json).");
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit, 16 * 1024));
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return ActivityReadResult.Refused(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
            }
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.WrittenSpan, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The body is not a valid activity (malformed JSON or a field of the wrong type).");
        }

        return Check(activity);
    }

    private static ActivityReadResult Check(Activity? activity)
    {
        if (activity is null)
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The body is empty or null.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        if (!ActivityTypes.IsHandled(activity.Type))
        {
            // Ignored types (reactions, typing, anything newer) need no more than a type.
            return ActivityReadResult.Ok(activity);
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The activity has no conversation id.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The activity has no valid serviceUrl.");
        }

        return ActivityReadResult.Ok(activity);
    }
}
