using System.Buffers;
using Microsoft.Net.Http.Headers;
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

        // Exactly application/json (parameters allowed), as Teams and the Playground send it. A body with no type, or a type
        // that only mentions json ("text/plain; charset=json"), is what a web page can post without a CORS preflight.
        if (!IsJson(request.ContentType))
        {
            return ActivityReadResult.Refused(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (application/json).");
        }

        // The body goes into a pooled buffer the size Teams announced (an activity is about 1-3 KB), grown only if it says
        // nothing or too little: a fresh 16 KB buffer a request was a fifth of what a turn allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(request.ContentLength, limit));
        try
        {
            var written = 0;
            while (true)
            {
                if (written == buffer.Length)
                {
                    buffer = Grow(buffer, written);
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(written), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                written += read;
                if (written > limit)
                {
                    return ActivityReadResult.Refused(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes.");
                }
            }

            Activity? activity;
            try
            {
                activity = JsonSerializer.Deserialize<Activity>(buffer.AsSpan(0, written), ProtocolJson.Options);
            }
            catch (JsonException)
            {
                return ActivityReadResult.Refused(StatusCodes.Status400BadRequest, "The body is not a valid activity (malformed JSON or a field of the wrong type).");
            }

            return Check(activity);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // One byte more than announced, so the read that finds the end of the body needs no larger buffer.
    private static int InitialSize(long? contentLength, int limit) =>
        contentLength is > 0 and var length && length <= limit ? (int)length + 1 : Math.Min(limit + 1, 4096);

    private static byte[] Grow(byte[] buffer, int written)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
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

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && string.Equals(mediaType.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase);
}
