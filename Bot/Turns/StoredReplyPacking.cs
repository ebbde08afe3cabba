using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The stored form of a kept answer (decision 036). A card answer of several KB is kept Brotli-compressed (quality 1)
/// and in base64, so its row fits in one database page instead of spilling over two or three overflow pages that every
/// group commit appends to the WAL and the forget job frees again. A short answer is kept as its JSON. Answers stored
/// before this change (plain JSON) are read as they are.
/// </summary>
public static class StoredReplyPacking
{
    private const string Prefix = "br:";

    // Below this the JSON fits in the row anyway, and compressing it would cost more than it saves.
    private const int CompressFrom = 1024;

    /// <summary>The stored form of <paramref name="json"/> (UTF-8).</summary>
    public static string Pack(ReadOnlySpan<byte> json)
    {
        if (json.Length < CompressFrom)
        {
            return Encoding.UTF8.GetString(json);
        }

        var rented = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(json.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(json, rented, out var written, quality: 1, window: 22))
            {
                return Encoding.UTF8.GetString(json);
            }

            // One string, written in place: the base64 text is not built first and copied again behind its header.
            var header = string.Concat(Prefix, json.Length.ToString(CultureInfo.InvariantCulture), ":");
            var packed = (Header: header, Bytes: rented, Length: written);
            return string.Create(header.Length + (((written + 2) / 3) * 4), packed, static (chars, state) =>
            {
                state.Header.CopyTo(chars);
                Convert.TryToBase64Chars(state.Bytes.AsSpan(0, state.Length), chars[state.Header.Length..], out _);
            });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>True when <paramref name="stored"/> is in the packed form.</summary>
    public static bool IsPacked(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The JSON text of a stored answer, or null when the stored form is damaged.</summary>
    public static string? Unpack(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var colon = stored.IndexOf(':', Prefix.Length);
        if (colon < 0 || !int.TryParse(stored.AsSpan(Prefix.Length, colon - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length > 4 * 1024 * 1024)
        {
            return null;
        }

        var packed = new byte[(stored.Length - colon) * 3 / 4];
        if (!Convert.TryFromBase64Chars(stored.AsSpan(colon + 1), packed, out var packedLength))
        {
            return null;
        }

        var json = new byte[length];
        return BrotliDecoder.TryDecompress(packed.AsSpan(0, packedLength), json, out var written) && written == length
            ? Encoding.UTF8.GetString(json)
            : null;
    }
}
