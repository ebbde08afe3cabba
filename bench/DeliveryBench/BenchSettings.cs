using System.Globalization;

namespace OutcomesBot.DeliveryBench;

/// <summary>One benchmark run: how many people, the fake's tenant limit, and the engine's knobs.</summary>
public sealed record BenchSettings
{
    public int People { get; init; } = 10_000;

    public int TenantLimit { get; init; } = 200;

    /// <summary>Every n-th person is answered 429 (Retry-After 1 s) once; 10 means 10 %.</summary>
    public int ThrottleEvery { get; init; } = 10;

    public int Parallel { get; init; } = 32;

    public int Batch { get; init; } = 512;

    public int SlackMilliseconds { get; init; } = 25;

    public bool Naive { get; init; } = true;

    /// <summary>Also runs the engine with the check-in send-time check before every send (<c>--send-time-check</c>).</summary>
    public bool SendTimeCheck { get; init; }

    /// <summary>Reads <c>--people 300 --limit 100 --parallel 16 --batch 256 --slack-ms 25 --throttle-every 10 --no-naive --send-time-check</c>.</summary>
    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new BenchSettings();
        for (var i = 0; i < args.Count; i++)
        {
            int Next() => int.Parse(args[++i], CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--people" => settings with { People = Next() },
                "--limit" => settings with { TenantLimit = Next() },
                "--parallel" => settings with { Parallel = Next() },
                "--batch" => settings with { Batch = Next() },
                "--slack-ms" => settings with { SlackMilliseconds = Next() },
                "--throttle-every" => settings with { ThrottleEvery = Next() },
                "--no-naive" => settings with { Naive = false },
                "--send-time-check" => settings with { SendTimeCheck = true },
                var other => throw new ArgumentException($"Unknown option {other}.", nameof(args)),
            };
        }

        return settings;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"people={People} tenantLimit={TenantLimit}/s injected429={100.0 / ThrottleEvery:F0}% parallel={Parallel} batch={Batch} slackMs={SlackMilliseconds} cores={Environment.ProcessorCount}");
}
