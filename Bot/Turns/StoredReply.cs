using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The invoke answer kept for Teams' redelivery of an activity, with a hash of who it was for. A redelivery gets it
/// back only when it comes from the same person; an answer marked private (a download link, a story draft with its
/// highlighted details) is never kept: the redelivery gets <see cref="PrivateNotKept"/> instead.
/// </summary>
public sealed record StoredReply(string From, JsonElement Body)
{
    internal const string PrivateNotKept =
        "I've already answered that. For your privacy I keep no copy of that answer: press the button again to see it.";

    /// <summary>
    /// What to store for this activity's answer, given the answer as it goes back (UTF-8 JSON): its bytes are copied
    /// into the stored form as they are, so the card is not serialised again (decision 029).
    /// </summary>
    public static string For(Activity activity, ReadOnlySpan<byte> answerJson, bool isPrivate)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = isPrivate ? JsonSerializer.SerializeToUtf8Bytes(AdaptiveCardInvokeResponse.Message(PrivateNotKept), ProtocolJson.Options) : answerJson;
        var buffer = new ArrayBufferWriter<byte>(body.Length + 80);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("from", SenderHash(activity));
            writer.WritePropertyName("body");
            writer.WriteRawValue(body, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return StoredReplyPacking.Pack(buffer.WrittenSpan);
    }

    /// <summary>The stored answer's body when <paramref name="activity"/> comes from the person it was for; otherwise null.</summary>
    public static string? ReplayFor(string stored, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            var reply = StoredReplyPacking.Unpack(stored) is { } json ? JsonSerializer.Deserialize<StoredReply>(json, ProtocolJson.Options) : null;
            return reply is { From: { Length: > 0 } from, Body.ValueKind: JsonValueKind.Object } && from == SenderHash(activity)
                ? reply.Body.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The store keeps a hash, not the Teams id: the reply table is no place for who pressed what.
    private static string SenderHash(Activity activity) =>
        activity.From?.Id is { Length: > 0 } id ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32] : string.Empty;
}
