using System.ComponentModel.DataAnnotations;
using System.Net;

namespace OutcomesBot.Bot.Hosting;

/// <summary>
/// How the bot sits behind a front end ("Hosting"). The listening address is not here: it comes from
/// <c>Properties/launchSettings.json</c> for local runs and from <c>ASPNETCORE_URLS</c>/<c>ASPNETCORE_HTTP_PORTS</c> elsewhere.
/// </summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>Honour X-Forwarded-For and X-Forwarded-Proto (App Service's front end terminates TLS and sets them).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>
    /// Accept forwarded headers from any address, not only loopback and <see cref="KnownProxies"/>/<see cref="KnownNetworks"/>.
    /// Right only where nothing but the front end can reach the app (App Service, whose front-end addresses are not fixed).
    /// </summary>
    public bool TrustAnyProxy { get; set; }

    /// <summary>Proxy addresses whose forwarded headers are honoured, besides loopback.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks (CIDR, such as <c>10.0.0.0/8</c>) whose forwarded headers are honoured, besides loopback.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How long stopping may take: in-flight sends finish (each bounded by BotConnector:Timeout) and unsent claims are handed back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Longest a readiness check may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult($"Hosting:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        }
    }
}
