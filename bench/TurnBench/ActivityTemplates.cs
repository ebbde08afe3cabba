using System.Collections.Concurrent;
using System.Text;

namespace OutcomesBot.TurnBench;

/// <summary>
/// Each person's activity of each kind, built once as UTF-8 around a marker where the activity id goes; a request is the
/// two halves with its unique id between them. Building a <c>JsonObject</c> a request cost the generator more CPU than
/// the bots it measures spend on some turns.
/// </summary>
internal sealed class ActivityTemplates(string serviceUrl)
{
    private const string IdMarker = "@@activity-id@@";
    private readonly ConcurrentDictionary<(TurnKind Kind, int Person), (byte[] Before, byte[] After)> _halves = new();

    /// <summary>The activity's JSON with <paramref name="activityId"/> (letters, digits and dashes: nothing to escape).</summary>
    public byte[] With(TurnKind kind, int person, string activityId)
    {
        var (before, after) = _halves.GetOrAdd((kind, person), key =>
        {
            var json = TurnActivities.Build(key.Kind, serviceUrl, IdMarker, key.Person);
            var at = json.IndexOf(IdMarker, StringComparison.Ordinal);
            return (Encoding.UTF8.GetBytes(json[..at]), Encoding.UTF8.GetBytes(json[(at + IdMarker.Length)..]));
        });
        var idLength = Encoding.UTF8.GetByteCount(activityId);
        var bytes = new byte[before.Length + idLength + after.Length];
        before.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(activityId, bytes.AsSpan(before.Length));
        after.CopyTo(bytes, before.Length + idLength);
        return bytes;
    }
}
