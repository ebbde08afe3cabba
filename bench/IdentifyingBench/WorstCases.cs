using System.Text;

namespace OutcomesBot.IdentifyingBench;

/// <summary>
/// For each regex of the identifying-details check, a text built to make it work hardest: a long run that almost
/// matches and then fails at the very end (what makes a backtracking engine quadratic), or a text full of near matches.
/// </summary>
internal static class WorstCases
{
    public static readonly IReadOnlyDictionary<string, Func<int, string>> ByPattern = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["TenDigits"] = size => new string('1', size),
        ["PhoneNumber"] = size => Repeat("0123 456 7890 ", size),
        ["BirthMention"] = size => "born on 12 " + new string('a', size - 13) + " 1",
        ["NumericDate"] = size => Repeat("1/1/", size),
        ["WrittenDate"] = size => "1 Jan" + new string('a', size - 6) + "1",
        ["StreetAddress"] = size => "1 " + Repeat("Aaaa ", size - 2),
        ["Postcode"] = size => Repeat("A1A ", size),
        ["TitledName"] = size => "Mr A" + new string('a', size - 5) + "1",
        ["CapitalisedPair"] = size => Repeat("Anna ", size),
    };

    /// <summary>The example: "Mr A" and letters, then a digit, so that no boundary ever comes.</summary>
    public static string TitledName(int size) => ByPattern["TitledName"](size);

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, size);
    }
}
