using Microsoft.Extensions.FileProviders;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// Serves the tab's page and assets from wwwroot/tab (the charting library and the Teams JS library included: nothing
/// comes from a CDN), with a content security policy that lets only Teams and Microsoft 365 frame the page and lets the
/// page load and call only this host.
/// </summary>
public static partial class TabPages
{
    public const string Path = "/tab";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com "
        + "https://*.microsoft365.com https://outlook.office.com";

    /// <summary>The tab's static files and its API (<see cref="TabEndpoints"/>).</summary>
    public static WebApplication UseLeaderTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = System.IO.Path.Combine(app.Environment.WebRootPath ?? System.IO.Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "tab");
        if (Directory.Exists(root))
        {
            ServePages(app, root);
        }
        else
        {
            // The build copies wwwroot to the output; a host started without it still answers the API and /api/messages.
            LogNoPages(app.Logger, root);
        }

        app.MapLeaderTab();
        return app;
    }

    private static void ServePages(WebApplication app, string root) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = Path,
            FileProvider = new PhysicalFileProvider(root),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-cache";
            },
        });

    [LoggerMessage(EventId = 9301, Level = LogLevel.Warning, Message = "The leaders' tab's pages were not found at {Root}; the tab API is served, its pages are not")]
    private static partial void LogNoPages(ILogger logger, string root);
}
