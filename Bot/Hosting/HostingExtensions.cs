using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using OutcomesBot.Bot.Storage;
using OutcomesBot.Scheduler.Hosting;

namespace OutcomesBot.Bot.Hosting;

public static class HostingExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// Registers what running behind a front end needs (<see cref="HostingOptions"/> from "Hosting", validated on start):
    /// forwarded headers when configured, the host's shutdown timeout, and the readiness checks of storage and the scheduler.
    /// </summary>
    public static IHostApplicationBuilder AddBotHosting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<HostingOptions>(HostingOptions.Section);
        services.AddHostedService<NativeHeapTrimmer>();
        services.AddOptions<HostOptions>().Configure<IOptions<HostingOptions>>((host, hosting) => host.ShutdownTimeout = hosting.Value.ShutdownTimeout);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((forwarded, hosting) => ConfigureForwarding(forwarded, hosting.Value));
        var timeout = builder.Configuration.ReadOptions<HostingOptions>(HostingOptions.Section).ReadinessTimeout;
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag], timeout: timeout)
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag], timeout: timeout);
        return builder;
    }

    /// <summary>
    /// Applies forwarded headers (first, so that everything after sees the caller's scheme and address), and maps
    /// <c>/healthz</c> (liveness: the process answers, nothing else is checked) and <c>/readyz</c> (readiness: storage and
    /// the scheduler answer; 503 otherwise, naming only which check failed).
    /// </summary>
    public static WebApplication UseBotHosting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }

    private static void ConfigureForwarding(ForwardedHeadersOptions forwarded, HostingOptions hosting)
    {
        forwarded.ForwardedHeaders = hosting.ForwardedHeaders
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
        if (hosting.TrustAnyProxy)
        {
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            return;
        }

        foreach (var proxy in hosting.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in hosting.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
