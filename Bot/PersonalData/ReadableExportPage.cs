using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.PersonalData;

/// <summary>
/// The readable "my data" page: the learning log and exercise summaries as plain HTML, with a print layout (each entry
/// kept on one page, the screen-only hint hidden). Every word that came from a person or the store is HTML-encoded; the
/// page has no script, so it is served under a CSP that allows none.
/// </summary>
public static class ReadableExportPage
{
    public const string Title = "My learning record";
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
        .entry{border-top:1px solid #999;padding:.4rem 0 .8rem;break-inside:avoid;page-break-inside:avoid}
        .meta{color:#444;font-size:.9rem;margin:.1rem 0}
        h3{margin:.2rem 0;font-size:1.1rem} h4{margin:.5rem 0 0;font-size:1rem}
        p{margin:.2rem 0;white-space:pre-wrap}
        .screen-only{background:#eef2ff;padding:.5rem 1rem;border-radius:.3rem}
        @media print{.screen-only{display:none}body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}}
        @page{margin:18mm}
        """;

    public static string Render(string? personName, IReadOnlyList<ReadableEntry> entries, DateTimeOffset exportedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(zone);
        var html = new StringBuilder(4096);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\"><title>").Append(Title).Append("</title>\n<style>").Append(Style).Append("</style></head>\n<body>\n")
            .Append("<h1>").Append(Title).Append("</h1>\n<p class=\"meta\">")
            .Append(personName is null ? "" : Encode(personName) + " · ").Append("from OutcomesBot, ").Append(Day(exportedAt, zone)).Append("</p>\n")
            .Append("<p class=\"screen-only\">To keep this page, use your browser's Print and choose Save as PDF. It is only for you: the link you opened has now been used.</p>\n")
            .Append("<p>Each entry gives its date, the time spent when it is known, and what you recorded. You can take it to supervision, ")
            .Append("or use it as a record of post-registration learning (for example for the SSSC).</p>\n");
        Section(html, "Learning log", entries.Where(e => e.IsLearningLog).ToList(), zone, "You have no finished learning-log entries yet.");
        Section(html, "Exercise summaries", entries.Where(e => !e.IsLearningLog).ToList(), zone, "You have no finished exercises yet.");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string heading, List<ReadableEntry> entries, TimeZoneInfo zone, string none)
    {
        html.Append("<h2>").Append(heading).Append("</h2>\n");
        if (entries.Count == 0)
        {
            html.Append("<p>").Append(none).Append("</p>\n");
        }

        foreach (var entry in entries)
        {
            html.Append("<article class=\"entry\">\n<h3>").Append(Encode(entry.Title)).Append(", ").Append(Day(entry.CompletedAt, zone)).Append("</h3>\n")
                .Append("<p class=\"meta\">Time spent: ")
                .Append(entry.MinutesSpent is { } minutes ? $"about {minutes.ToString(CultureInfo.InvariantCulture)} minute{(minutes == 1 ? "" : "s")}" : "not known (saved and finished later)")
                .Append(" · Guide: ").Append(Encode(entry.GuideSection)).Append("</p>\n");
            foreach (var section in entry.Sections)
            {
                if (section.Heading is { } title)
                {
                    html.Append("<h4>").Append(Encode(title)).Append("</h4>\n");
                }

                if (section.Text.Length > 0)
                {
                    html.Append("<p>").Append(Encode(section.Text)).Append("</p>\n");
                }
            }

            html.Append("</article>\n");
        }
    }

    private static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
