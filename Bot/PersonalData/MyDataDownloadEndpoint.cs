using System.Text.Json;
using OutcomesBot.Dialogs.PersonalData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// GET /my-data/{token}: the person's export as a JSON file, once. Anything else gets the same plain 404, which says
/// nothing about whether the token ever existed or whose it was. Neither the token nor the export is logged.
/// </summary>
public static class MyDataDownloadEndpoint
{
    public const string Path = "/my-data/";
    public const string FileName = "outcomesbot-my-data.json";
    public const string NotFoundText =
        "This download link has run out or has already been used. In your chat with OutcomesBot, type \"my data\" and press Download my data for a new one.";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Maps GET /my-data/{token}.</summary>
    public static IEndpointRouteBuilder MapMyDataDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path + "{token}", DownloadAsync);
        return endpoints;
    }

    private static async Task DownloadAsync(string token, HttpContext http, DownloadLinks links, PersonalDataControl control)
    {
        var cancellationToken = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (await links.RedeemAsync(token, cancellationToken) is not { } person)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(NotFoundText, cancellationToken);
            return;
        }

        var export = await control.ExportAsync(person, cancellationToken);
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename={FileName}";
        await http.Response.WriteAsync(export.ToJsonString(Indented), cancellationToken);
    }
}
