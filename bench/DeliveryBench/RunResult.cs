using System.Globalization;
using OutcomesBot.Fakes;

namespace OutcomesBot.DeliveryBench;

/// <summary>What the fake connector saw during one run, and how long the run took.</summary>
public sealed record RunResult(string Name, int People, int TenantLimit, double Seconds, int Delivered, int Lost, int Duplicated, int Requests, int LimitViolations, int MaxInAnySecond, int? OutboxSent)
{
    /// <summary>The most requests that left the engine within any one second (engine runs only).</summary>
    public int? MaxDeparturesInAnySecond { get; init; }

    /// <summary>Each send-time check's time in milliseconds, sorted (runs with the check only).</summary>
    public IReadOnlyList<double>? CheckMilliseconds { get; init; }

    public double DeliveredPerSecond => Delivered / Seconds;

    public double RequestsPerSecond => Requests / Seconds;

    public double DeliveredPercentOfLimit => 100 * DeliveredPerSecond / TenantLimit;

    public double RequestsPercentOfLimit => 100 * RequestsPerSecond / TenantLimit;

    public static RunResult From(string name, int people, TeamsLimitsConnector connector, TimeSpan elapsed, int? outboxSent)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var perConversation = connector.DeliveredPerConversation;
        return new RunResult(
            name, people, connector.TenantLimit, elapsed.TotalSeconds, connector.TotalDelivered, people - perConversation.Count,
            perConversation.Values.Sum(count => Math.Max(0, count - 1)), connector.RequestCount, connector.LimitViolations,
            connector.MaxRequestsInAnySecond(), outboxSent);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: seconds={Seconds:F1} delivered={Delivered} lost={Lost} duplicated={Duplicated} requests={Requests} ")
        + string.Create(CultureInfo.InvariantCulture, $"limit429={LimitViolations} maxInAnySecond={MaxInAnySecond} ")
        + string.Create(CultureInfo.InvariantCulture, $"deliveredPerSecond={DeliveredPerSecond:F1} ({DeliveredPercentOfLimit:F1}% of limit) ")
        + string.Create(CultureInfo.InvariantCulture, $"requestsPerSecond={RequestsPerSecond:F1} ({RequestsPercentOfLimit:F1}% of limit)")
        + (MaxDeparturesInAnySecond is { } departures ? string.Create(CultureInfo.InvariantCulture, $" maxDeparturesInAnySecond={departures}") : "")
        + (OutboxSent is { } sent ? string.Create(CultureInfo.InvariantCulture, $" outboxSent={sent}") : "")
        + (CheckMilliseconds is [_, ..] checks
            ? string.Create(CultureInfo.InvariantCulture, $" checks={checks.Count} checkMs p50={checks[checks.Count / 2]:F2} p95={checks[checks.Count * 95 / 100]:F2} max={checks[^1]:F2} total={checks.Sum() / 1000:F1}s")
            : "");
}
