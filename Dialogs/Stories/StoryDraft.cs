using OutcomesBot.Dialogs.Exercises.OutcomesBasics;

namespace OutcomesBot.Dialogs.Stories;

/// <summary>
/// A story being written. It travels in the card's inputs and data between presses, so nothing is stored until Post;
/// every press reads it again from what the card sent and checks it again.
/// </summary>
public sealed record StoryDraft
{
    public const string StoryIdKey = "storyId";
    public const string TitleKey = "title";
    public const string MatteredKey = "mattered";
    public const string ChangedKey = "changed";
    public const string HelpedKey = "helped";
    public const string KindsKey = "kinds";
    public const string AgreedKey = "agreed";
    public const string ChannelKey = "channel";
    public const string DetailsCheckedKey = "detailsChecked";
    public const int TitleMax = 120;
    public const int TextMax = 1500;

    public string StoryId { get; init; } = "";
    public string Title { get; init; } = "";
    public string Mattered { get; init; } = "";
    public string Changed { get; init; } = "";
    public string Helped { get; init; } = "";
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public bool Agreed { get; init; }
    public string Channel { get; init; } = "";
    public bool DetailsChecked { get; init; }

    public static StoryDraft From(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        string Get(string key) => values.TryGetValue(key, out var value) ? value.Trim() : "";
        return new StoryDraft
        {
            StoryId = Get(StoryIdKey),
            Title = Get(TitleKey),
            Mattered = Get(MatteredKey),
            Changed = Get(ChangedKey),
            Helped = Get(HelpedKey),
            Kinds = Get(KindsKey).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Agreed = Get(AgreedKey) == "true",
            Channel = Get(ChannelKey),
            DetailsChecked = Get(DetailsCheckedKey) == "true",
        };
    }

    /// <summary>The draft as card data, to carry it to the next press.</summary>
    public Dictionary<string, string> ToData() => new(StringComparer.Ordinal)
    {
        [StoryIdKey] = StoryId,
        [TitleKey] = Title,
        [MatteredKey] = Mattered,
        [ChangedKey] = Changed,
        [HelpedKey] = Helped,
        [KindsKey] = string.Join(',', Kinds),
        [AgreedKey] = Agreed ? "true" : "false",
        [ChannelKey] = Channel,
        [DetailsCheckedKey] = DetailsChecked ? "true" : "false",
    };

    /// <summary>All the story's own words, in the order the author wrote them, for the identifying check.</summary>
    public IEnumerable<(string Label, string Text)> Texts() =>
        [("Title", Title), ("What mattered to the person", Mattered), ("What changed", Changed), ("What helped", Helped)];

    /// <summary>What is wrong with the draft, in words for the author; empty when it can be posted.</summary>
    public IReadOnlyList<string> Problems(IReadOnlyList<StoryChannel> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var problems = new List<string>();
        Require(problems, Title, TitleMax, "a title");
        Require(problems, Mattered, TextMax, "what mattered to the person");
        Require(problems, Changed, TextMax, "what changed");
        Require(problems, Helped, TextMax, "what helped");
        var known = OutcomeKinds.WithCarers.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (Kinds.Count == 0 || Kinds.Any(k => !known.Contains(k)) || Kinds.Distinct(StringComparer.Ordinal).Count() != Kinds.Count)
        {
            problems.Add("Please choose one or more kinds of outcome from the list.");
        }

        if (!Agreed)
        {
            problems.Add("Please confirm that the person agreed to share this and that nothing in it identifies them.");
        }

        if (!allowed.Any(c => c.ConversationId == Channel))
        {
            problems.Add("Please pick one of the channels listed.");
        }

        return problems;
    }

    private static void Require(List<string> problems, string text, int max, string what)
    {
        if (text.Length == 0)
        {
            problems.Add($"Please add {what}.");
        }
        else if (text.Length > max)
        {
            problems.Add($"Please shorten {what} to {max} characters or fewer.");
        }
    }
}
