using System.Net;
using System.Text.RegularExpressions;
using OutcomesBot.Bot.Protocol.Activities;

namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The command a person typed, as the bot compares it: the @mention of the bot removed, HTML tags and
/// entities undone, white space folded, trailing punctuation dropped, lower case.
/// </summary>
public static partial class CommandText
{
    public static string From(Activity activity)
    {
        var text = Plain(activity);
        var withoutPunctuation = text.TrimEnd('.', '!', '?', ' ');
        // A lone "?" is itself a command (help); elsewhere trailing punctuation is noise.
        return (withoutPunctuation.Length > 0 ? withoutPunctuation : text).ToLowerInvariant();
    }

    /// <summary>What the person wrote, as they wrote it: the @mention of the bot removed, HTML undone, white space folded.</summary>
    public static string Plain(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && entity.Mentioned?.Id == activity.Recipient?.Id && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        text = LeadingMention().Replace(text, " ");
        text = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex LeadingMention();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
