namespace OutcomesBot.Bot.Telemetry;

/// <summary>Where traces and metrics go (<c>Telemetry:Exporter</c>).</summary>
public enum TelemetryExporter
{
    /// <summary>Azure Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set, else OTLP when an OTLP endpoint is set, else none.</summary>
    Auto,

    /// <summary>Nothing is collected: no listener is attached, so instrumentation costs next to nothing.</summary>
    None,

    Otlp,

    AzureMonitor,
}
