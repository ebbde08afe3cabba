using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Telemetry;
using OutcomesBot.Scheduler.Hosting;

namespace OutcomesBot.Bot.Telemetry;

public static class TelemetryHostBuilderExtensions
{
    /// <summary>
    /// Exports the bot's spans and metrics (<see cref="BotTelemetry"/>) as <c>Telemetry:Exporter</c> says: to Azure
    /// Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is set (signing in as the managed identity named by
    /// AZURE_CLIENT_ID, if any), to an OTLP collector when one is named, or nowhere. With no exporter nothing is
    /// registered, so no listener is attached and the instrumentation stays off the turn path's costs. Only the bot's own
    /// source and meter are exported, whichever the exporter: no request or HTTP client spans (their URLs carry
    /// download-link tokens, conversation and AAD ids) and no logs (decision 047).
    /// </summary>
    public static IHostApplicationBuilder AddBotTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);
        var options = builder.Configuration.ReadOptions<TelemetryOptions>(TelemetryOptions.Section);
        var exporter = Choose(options, builder.Configuration);
        if (exporter == TelemetryExporter.None)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing.AddBotInstrumentation())
            .WithMetrics(metrics => metrics.AddBotInstrumentation());
        if (exporter == TelemetryExporter.AzureMonitor)
        {
            var applicationInsights = ApplicationInsights(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"], builder.Configuration["AZURE_CLIENT_ID"]);
            telemetry.WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(applicationInsights))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(applicationInsights));
        }
        else
        {
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint))
                .WithMetrics(metrics => metrics.AddOtlpExporter(otlp => otlp.Endpoint = options.OtlpEndpoint ?? otlp.Endpoint));
        }

        builder.AddOutboxDepthSampling(options.OutboxDepthInterval);
        return builder;
    }

    /// <summary>Listens to the bot's activity source (turn and connector spans).</summary>
    public static TracerProviderBuilder AddBotInstrumentation(this TracerProviderBuilder tracing) =>
        tracing.AddSource(BotTelemetry.Name);

    /// <summary>Listens to the bot's meter (turns, sends, 429s, jobs, outbox depth).</summary>
    public static MeterProviderBuilder AddBotInstrumentation(this MeterProviderBuilder metrics) =>
        metrics.AddMeter(BotTelemetry.Name);

    internal static TelemetryExporter Choose(TelemetryOptions options, IConfiguration configuration) => options.Exporter switch
    {
        TelemetryExporter.Auto when !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]) => TelemetryExporter.AzureMonitor,
        TelemetryExporter.Auto when options.OtlpEndpoint is not null
            || !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) => TelemetryExporter.Otlp,
        TelemetryExporter.Auto => TelemetryExporter.None,
        _ => options.Exporter,
    };

    // Application Insights deployed by infra/ takes Entra tokens only; the managed identity publishes. One credential
    // serves both exporters, so they share its token.
    private static Action<AzureMonitorExporterOptions> ApplicationInsights(string? connectionString, string? clientId)
    {
        var credential = string.IsNullOrWhiteSpace(clientId) ? null : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return monitor =>
        {
            monitor.ConnectionString = connectionString;
            if (credential is not null)
            {
                monitor.Credential = credential;
            }
        };
    }

    // Outbox depth is sampled from SQLite only: on Azure Tables a count is a scan of the whole outbox table.
    private static void AddOutboxDepthSampling(this IHostApplicationBuilder builder, TimeSpan interval)
    {
        var storage = builder.Configuration.ReadOptions<StorageOptions>(StorageOptions.Section);
        if (storage.Provider != StorageProvider.Sqlite)
        {
            return;
        }

        builder.Services.AddSingleton<IOutboxDepth, SqliteOutboxDepth>();
        builder.Services.AddOutboxDepthJob(interval);
    }
}
