using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// A small, tolerant reading of what people type around a command: "check in please", "can I do a check-in",
/// "show me my log", "thanks!". Polite words at either end are dropped until a command's wording (from
/// <see cref="CommandCatalog"/>) is left; nothing else is guessed, so free text stays free text.
/// </summary>
public static class CommandPhrasing
{
    private static readonly string[] Leading =
    [
        "ok", "okay", "hi", "hey", "hello", "please", "can i", "could i", "can you", "could you", "i want to", "i'd like to", "i would like to", "i need to",
        "let me", "let's", "lets", "show me", "show", "open", "see", "view", "do", "a", "an", "the", "my", "me", "to", "go to",
    ];

    private static readonly string[] Trailing = ["please", "pls", "now", "thanks", "thank you", "for me", "again"];

    /// <summary>The catalog wording the text comes down to, "thanks" or a greeting; otherwise the text unchanged.</summary>
    public static string Canonical(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = string.Join(' ', command.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
        for (var pass = 0; pass < 8; pass++)
        {
            if (Known(text) is { } known)
            {
                return known;
            }

            var shorter = Strip(text);
            if (shorter == text || shorter.Length == 0)
            {
                break;
            }

            text = shorter;
        }

        return command;
    }

    private static string? Known(string text) =>
        CommandCatalog.Find(text) is not null || CommandCatalog.Greetings.Contains(text) || CommandCatalog.Thanks.Contains(text) ? text : null;

    private static string Strip(string text)
    {
        foreach (var word in Leading)
        {
            if (text.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return text[(word.Length + 1)..].Trim();
            }
        }

        foreach (var word in Trailing)
        {
            if (text.EndsWith(" " + word, StringComparison.Ordinal))
            {
                return text[..^(word.Length + 1)].Trim();
            }
        }

        return text;
    }
}
