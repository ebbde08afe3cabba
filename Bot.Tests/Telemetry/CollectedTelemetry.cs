using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OutcomesBot.Bot.Telemetry;

namespace OutcomesBot.Bot.Tests.Telemetry;

/// <summary>In-memory exporters on the bot's source and meter, as the app registers them (AddBotInstrumentation).</summary>
public sealed class CollectedTelemetry : IDisposable
{
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _metrics;

    public CollectedTelemetry()
    {
        _tracing = Sdk.CreateTracerProviderBuilder().AddBotInstrumentation().AddInMemoryExporter(Spans).Build();
        _metrics = Sdk.CreateMeterProviderBuilder().AddBotInstrumentation().AddInMemoryExporter(Metrics).Build();
    }

    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    /// <summary>Collects the metrics now and returns every point of <paramref name="name"/> as (tags, value).</summary>
    public IReadOnlyList<(Dictionary<string, object?> Tags, double Value)> Points(string name)
    {
        Metrics.Clear();
        _metrics.ForceFlush();
        return [.. Metrics.Where(metric => metric.Name == name).SelectMany(ReadPoints)];
    }

    /// <summary>The sum of the points of a counter whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public double Sum(string name, string tag, string value) =>
        Points(name).Where(point => Equals(point.Tags.GetValueOrDefault(tag), value)).Sum(point => point.Value);

    /// <summary>Every tag value exported so far, spans and metrics, as text.</summary>
    public IEnumerable<string> AllTagValues()
    {
        Metrics.Clear();
        _metrics.ForceFlush();
        var spanTags = Spans.SelectMany(span => span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}").Append(span.DisplayName).Append(span.StatusDescription ?? ""));
        var metricTags = Metrics.SelectMany(ReadPoints).SelectMany(point => point.Tags.Select(tag => $"{tag.Key}={tag.Value}"));
        return spanTags.Concat(metricTags).ToList();
    }

    public void Dispose()
    {
        _tracing.Dispose();
        _metrics.Dispose();
    }

    private static List<(Dictionary<string, object?> Tags, double Value)> ReadPoints(Metric metric)
    {
        var points = new List<(Dictionary<string, object?> Tags, double Value)>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var tags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags)
            {
                tags[tag.Key] = tag.Value;
            }

            double value = metric.MetricType switch
            {
                MetricType.LongSum => point.GetSumLong(),
                MetricType.DoubleSum => point.GetSumDouble(),
                MetricType.LongGauge => point.GetGaugeLastValueLong(),
                MetricType.DoubleGauge => point.GetGaugeLastValueDouble(),
                MetricType.Histogram => point.GetHistogramCount(),
                _ => double.NaN,
            };
            points.Add((tags, value));
        }

        return points;
    }
}
