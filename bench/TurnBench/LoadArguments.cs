using System.Globalization;

namespace OutcomesBot.TurnBench;

/// <summary>What one run of the load generator sends, as command-line arguments between the two processes.</summary>
internal sealed record LoadArguments(string Phase, TurnKind Kind, Uri Target, string ServiceUrl, string Prefix, int People, double Seconds)
{
    public double Rate { get; init; }

    public int Connections { get; init; } = 32;

    /// <summary>In closed loop, stop after this many requests (0: only the time limits).</summary>
    public int Limit { get; init; }

    public IEnumerable<string> ToArguments() =>
    [
        "load", Phase, Kind.ToString(), Target.ToString(), ServiceUrl, Prefix,
        People.ToString(CultureInfo.InvariantCulture), Seconds.ToString(CultureInfo.InvariantCulture),
        Rate.ToString(CultureInfo.InvariantCulture), Connections.ToString(CultureInfo.InvariantCulture), Limit.ToString(CultureInfo.InvariantCulture),
    ];

    public static LoadArguments Parse(string[] args) =>
        new(args[1], Enum.Parse<TurnKind>(args[2]), new Uri(args[3]), args[4], args[5], Int(args[6]), Double(args[7]))
        {
            Rate = Double(args[8]),
            Connections = Int(args[9]),
            Limit = Int(args[10]),
        };

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
