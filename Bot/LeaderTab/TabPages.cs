using Microsoft.Extensions.FileProviders;

namespace OutcomesBot.Bot.LeaderTab;

/// <summary>
/// Serves the tab's page and assets from wwwroot/tab (the charting library and the Teams JS library included: nothing
/// comes from a CDN), with a content security policy that lets only Teams and Microsoft 365 frame the page and lets the
/// page load and call only this host.
/// </summary>
public static class TabPages
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
        app.MapLeaderTab();
        return app;
    }
}
