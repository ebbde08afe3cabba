namespace OutcomesBot.TurnBench;

/// <summary>What one run measures. The defaults are the recorded run's; the suite's smoke run sets <see cref="SmokeTurns"/>.</summary>
public sealed record BenchSettings
{
    /// <summary>Seconds of each measured phase (saturation, and each offered rate).</summary>
    public double PhaseSeconds { get; init; } = 7;

    /// <summary>
    /// How many times each measured phase runs, alternating between the bots; the report gives the median of each figure
    /// with its spread, so that one run shows whether a ratio is noise.
    /// </summary>
    public int Repeat { get; init; } = 3;

    /// <summary>
    /// Seconds each bot is driven before its first measured round of a turn (decision 044). After 3 s our bot's first
    /// check-in round still spent 0.45 to 0.74 ms of CPU a turn against 0.32 to 0.38 in its second, while .NET compiled the
    /// hot path again with its profile; after 10 s the three rounds were alike (0.32 ms each).
    /// </summary>
    public double WarmupSeconds { get; init; } = 10;

    /// <summary>Connections of the closed-loop saturation phase.</summary>
    public int Connections { get; init; } = 32;

    public IReadOnlyList<double> Rates { get; init; } = [100, 200];

    /// <summary>Distinct people (1:1 conversations) the turns are spread over.</summary>
    public int People { get; init; } = 1000;

    /// <summary>Seconds of the soak of our bot at <see cref="SoakRate"/>, measured minute by minute; 0 for none.</summary>
    public int SoakSeconds { get; init; }

    public double SoakRate { get; init; } = 100;

    /// <summary>When above 0, only correctness: this many turns of each kind against each bot, no timing phases.</summary>
    public int SmokeTurns { get; init; }

    /// <summary>The turns driven, in order (all three unless <c>--turns</c> names some).</summary>
    public IReadOnlyList<TurnKind> Turns { get; init; } = [TurnKind.Help, TurnKind.Menu, TurnKind.CheckIn];

    /// <summary>False with <c>--bots ours</c>: only our bot is driven (quick A/B runs of a change; no ratios).</summary>
    public bool WithPeer { get; init; } = true;

    /// <summary>
    /// The bot as it is deployed (<c>dotnet publish</c> for linux-x64 with ReadyToRun, <see cref="BotPublish"/>) rather than the
    /// plain build. On for a run from the command line (<c>--bot build</c> turns it off), off for the suite's smoke run.
    /// </summary>
    public bool PublishedBot { get; init; }

    /// <summary>Build configuration of the bot and of the benchmark's own child processes (Release for recorded runs).</summary>
    public string Configuration { get; init; } = BenchPaths.CurrentConfiguration;

    public static BenchSettings Parse(string[] args)
    {
        var settings = new BenchSettings { PublishedBot = true };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--seconds" => settings with { PhaseSeconds = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--repeat" => settings with { Repeat = Math.Max(1, int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) },
                "--warmup" => settings with { WarmupSeconds = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--connections" => settings with { Connections = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--rates" => settings with { Rates = [.. value.Split(',').Select(r => double.Parse(r, System.Globalization.CultureInfo.InvariantCulture))] },
                "--people" => settings with { People = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--soak" => settings with { SoakSeconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--soak-rate" => settings with { SoakRate = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--turns" => settings with { Turns = [.. value.Split(',').Select(Enum.Parse<TurnKind>)] },
                "--bots" => settings with { WithPeer = value != "ours" },
                "--bot" => settings with { PublishedBot = value != "build" },
                "--smoke" => settings with { SmokeTurns = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return settings;
    }
}
