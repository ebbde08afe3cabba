using System.Net;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// The "my data" link. GET /my-data/{token} is a landing page whose button POSTs to the same address: link scanners
/// and previews open links with GET, so a GET never uses the link up. POST gives the person's export as a JSON file,
/// once. Both work only over https (or on this machine), and at most <see cref="DownloadAttemptLimiter.MaxAttempts"/>
/// times per token in its lifetime. Anything else gets the same plain 404, which says nothing about whether the token
/// ever existed or whose it was. Neither the token nor the export is logged.
/// </summary>
public static class MyDataDownloadEndpoint
{
    public const string Path = "/my-data/";
    public const string FileName = "outcomesbot-my-data.json";
    public const string NotFoundText =
        "This download link has run out or has already been used. In your chat with OutcomesBot, type \"my data\" and press Download my data for a new one.";
    public const string HttpsOnlyText = "This download link works only over https.";
    public const string TooManyText = "This download link was tried too often. In your chat with OutcomesBot, type \"my data\" for a new one.";
    public const string DownloadButton = "Download my data";
    public const string ReadableButton = "Open a readable page to print";
    public const string FormatField = "format";
    public const string ReadableFormat = "readable";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Maps GET (landing page) and POST (download) of /my-data/{token}.</summary>
    public static IEndpointRouteBuilder MapMyDataDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path + "{token}", LandingAsync);
        endpoints.MapPost(Path + "{token}", DownloadAsync);
        return endpoints;
    }

    private static async Task LandingAsync(string token, HttpContext http, DownloadAttemptLimiter limiter)
    {
        if (await RefusedAsync(token, http, limiter))
        {
            return;
        }

        // No form action: the browser posts to this very address. Nothing on the page comes from the request.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(LandingPage, http.RequestAborted);
    }

    private static async Task DownloadAsync(
        string token, HttpContext http, DownloadLinks links, PersonalDataControl control, DownloadAttemptLimiter limiter, ReadableExportSource readable)
    {
        var cancellationToken = http.RequestAborted;
        if (await RefusedAsync(token, http, limiter))
        {
            return;
        }

        if (await links.RedeemAsync(token, cancellationToken) is not { } person)
        {
            await PlainAsync(http, StatusCodes.Status404NotFound, NotFoundText);
            return;
        }

        // The landing page's second button asks for the readable page instead of the file; the link is used up either way.
        if (http.Request.HasFormContentType && (await http.Request.ReadFormAsync(cancellationToken))[FormatField] == ReadableFormat)
        {
            http.Response.Headers.ContentSecurityPolicy = ReadableExportPage.ContentSecurityPolicy;
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(await readable.RenderAsync(person, cancellationToken), cancellationToken);
            return;
        }

        var export = await control.ExportAsync(person, cancellationToken);
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename={FileName}";
        await http.Response.WriteAsync(export.ToJsonString(Indented), cancellationToken);
    }

    // Headers for every answer, then the two refusals that come before the link is looked at.
    private static async Task<bool> RefusedAsync(string token, HttpContext http, DownloadAttemptLimiter limiter)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        if (!http.Request.IsHttps && !FromThisMachine(http))
        {
            await PlainAsync(http, StatusCodes.Status403Forbidden, HttpsOnlyText);
            return true;
        }

        if (!limiter.TryAcquire(DownloadLinks.Hash(token)))
        {
            await PlainAsync(http, StatusCodes.Status429TooManyRequests, TooManyText);
            return true;
        }

        return false;
    }

    // In-process test hosts have no remote address; Kestrel always sets one.
    private static bool FromThisMachine(HttpContext http) =>
        http.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);

    private static Task PlainAsync(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }

    private const string LandingPage = $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex"><title>Your OutcomesBot data</title>
        <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}button{font-size:1rem;padding:.6rem 1.2rem;margin:0 .5rem .5rem 0}</style></head>
        <body>
        <h1>Your OutcomesBot data</h1>
        <p>Press the first button to download everything OutcomesBot holds about you as <code>{{FileName}}</code>.
        Or open your learning log and exercise summaries as a readable page you can print or save, for supervision or your
        post-registration learning. The link works once, for one of the two, and runs out 10 minutes after you asked for it.</p>
        <form method="post"><button type="submit" name="{{FormatField}}" value="json">{{DownloadButton}}</button>
        <button type="submit" name="{{FormatField}}" value="{{ReadableFormat}}">{{ReadableButton}}</button></form>
        </body>
        </html>
        """;
}
