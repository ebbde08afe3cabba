using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>OpenTelemetry export ("Telemetry"). See README, configuration table.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.Auto;

    /// <summary>The OTLP collector (for example http://localhost:4317); else OTEL_EXPORTER_OTLP_ENDPOINT, read by the exporter.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The service.name resource attribute.</summary>
    [Required]
    public string ServiceName { get; set; } = "outcomesbot";

    /// <summary>How often the outbox depth gauge is sampled (SQLite storage).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan OutboxDepthInterval { get; set; } = TimeSpan.FromMinutes(1);
}
