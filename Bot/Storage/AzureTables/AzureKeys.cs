using System.Globalization;
using System.Text;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// Builds partition and row keys. Azure forbids / \ # ? and control characters in keys; we also reserve '|' as the
/// separator of composite keys and '%' as the escape, so every part is escaped as %XX and keys stay unambiguous.
/// </summary>
internal static class AzureKeys
{
    public const char Separator = '|';

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            if (NeedsEscape(character))
            {
                builder.Append('%').Append(((int)character).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>The parts, each escaped, joined by '|'.</summary>
    public static string Join(params string[] parts) => string.Join(Separator, parts.Select(Escape));

    /// <summary>A time as fixed-width UTC ticks, so that ordinal key order is time order.</summary>
    public static string Time(DateTimeOffset time) => time.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>UTC ticks counted back from the largest time, fixed-width, so that ordinal key order is newest first.</summary>
    public static string InvertedTicks(long utcTicks) => (DateTimeOffset.MaxValue.UtcTicks - utcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The smallest key after every key that starts with <paramref name="prefix"/>.</summary>
    public static string After(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    /// <summary>AAD object ids are GUIDs that arrive in either case; keys use one.</summary>
    public static string Aad(string aadObjectId) => Escape(aadObjectId.ToLowerInvariant());

    private static bool NeedsEscape(char character) =>
        character is '/' or '\\' or '#' or '?' or '%' or Separator || char.IsControl(character);
}
