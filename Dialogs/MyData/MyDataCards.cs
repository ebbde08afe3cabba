namespace OutcomesBot.Dialogs.MyData;

/// <summary>The "my data" cards: what the bot keeps and why, the download link, the delete confirmation and result.</summary>
public static class MyDataCards
{
    /// <summary>
    /// What the bot keeps and why; <paramref name="settings"/> are shown under it, before the buttons: the groups of notes
    /// the person stopped, each with a way to turn it back on (decision 096).
    /// </summary>
    public static AdaptiveCard Overview(int retentionMonths, string? notice = null, IReadOnlyList<CardElement>? settings = null)
    {
        List<CardElement> body =
        [
            Heading.Of("Your data"),
            new TextBlock("What I keep about you, and why:"),
            new FactSet(
            [
                new("Your answers", "Exercise runs (including your learning log and question bank) and check-in answers, so you can carry on, look back and see your own progress."),
                new("Your settings", "Check-in snooze, pause or stop, whether I may ask you for stories, and notes you stopped, so I respect them."),
                new("Who you are", "Your Teams name, id and time zone, your chat with me and the teams you are in, so I can reach you at a good time."),
                new("Messages", "Cards I send you, so each is sent once."),
                new("What you shared", "Stories you wrote or celebrated, action-learning answers, support requests and entries you sent, so you can see them and take them back."),
            ]),
            new TextBlock($"Your answers are removed automatically after {Months(retentionMonths)}. Your team leader never sees them: "
                + "only team totals, and only once enough people have answered.") { IsSubtle = true },
        ];
        body.AddRange(settings ?? []);
        if (notice is not null)
        {
            body.Insert(1, Callout.Ask(notice));
        }

        return FullWidthCard.Create(body,
        [
            CardActions.Execute("Download my data", MyDataVerbs.Download),
            CardActions.Execute("Delete my data", MyDataVerbs.Delete) with { Style = "destructive" },
        ], "Your data");
    }

    public static AdaptiveCard DownloadReady(Uri link, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(link);
        return FullWidthCard.Create(
        [
            Heading.Of("Your download is ready"),
            // The link's page offers both (decision 059 found the card named only the file).
            new TextBlock("Open the link to see everything I keep about you as a readable page you can print, or to save it as a "
                + "file (outcomesbot-my-data.json)."),
            new TextBlock($"The link is only for you. It works once, within {(int)lifetime.TotalMinutes} minutes. "
                + "If it has run out, press Download my data again.") { IsSubtle = true },
        ],
        [
            new OpenUrlAction("Open my download", link),
            CardActions.Execute("Download my data", MyDataVerbs.Download),
        ], "Your download is ready");
    }

    /// <summary>The delete confirmation; <paramref name="kept"/> are the stops the delete keeps (decisions 079, 104), each said on the card.</summary>
    public static AdaptiveCard ConfirmDelete(IReadOnlyList<KeptStop>? kept = null)
    {
        List<CardElement> body =
        [
            Heading.Of("Delete your data?"),
            new TextBlock($"This removes {string.Join(", ", Removes.Select(r => r.Words).Distinct())} and what I keep to reach you. It cannot be undone."),
        ];
        body.AddRange(Kept("I keep", kept));
        body.Add(new TextBlock("Stories you posted and check-in rhythms you set stay for the team, without your name. Team totals already "
            + "calculated stay, without your name. If you message me again, I will only remember what I need to answer you.") { IsSubtle = true });
        return FullWidthCard.Create(body,
        [
            CardActions.Execute("Yes, delete my data", MyDataVerbs.ConfirmDelete) with { Style = "destructive" },
            CardActions.Execute("Keep my data", MyDataVerbs.Open),
        ], "Delete your data?");
    }

    // One kept stop is one line, "I keep one thing: a note that ..."; several are counted, then one line each.
    private static IEnumerable<TextBlock> Kept(string verb, IReadOnlyList<KeptStop>? kept) => (kept ?? []) switch
    {
        [] => [],
        [var one] => [new TextBlock($"{verb} one thing: {one.Words}")],
        var several => [new TextBlock($"{verb} {Count(several.Count)} things:"), .. several.Select(stop => new TextBlock(char.ToUpperInvariant(stop.Words[0]) + stop.Words[1..]))],
    };

    private static string Count(int count) => count switch
    {
        2 => "two",
        3 => "three",
        _ => count.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The sources whose rows a delete keeps as they are (decision 104): the confirmation does not say it removes them; the
    /// kept lines say what is kept.
    /// </summary>
    public static IReadOnlyList<string> KeptWhole { get; } = ["storyAskStops", "noteStops"];

    /// <summary>
    /// The words the delete confirmation uses for a source (the names in SqlitePersonalDataSources and
    /// AzurePersonalDataSources), so the confirmation names everything the delete removes; null for a source it does not name
    /// (yet, or because the delete keeps it whole: <see cref="KeptWhole"/>).
    /// </summary>
    public static string? InConfirmation(string source) => Removes.Where(r => r.Source == source).Select(r => (string?)r.Words).FirstOrDefault() ?? source switch
    {
        "people" or "conversations" or "outbox" or "unreachable" or "teamMemberships" or "downloadLinks" or "appInstalls" => "what I keep to reach you",
        "teamRhythmsSet" => "check-in rhythms you set",
        _ => null,
    };

    // In the order the confirmation lists them; the confirmation names each group of words once.
    private static readonly (string Source, string Words)[] Removes =
    [
        ("exerciseSessions", "your answers, learning log and exercise runs"),
        ("checkIns", "check-in answers and preferences"),
        ("checkInDeliveries", "check-in answers and preferences"),
        ("learningSetAnswers", "action-learning answers"),
        ("learningSetMemberships", "action-learning answers"),
        ("youSaidResponses", "\"you said, we did\" responses"),
        ("supportRequests", "support requests"),
        ("entryShares", "entries you sent to someone"),
        ("stories", "your celebrations"),
    ];

    /// <summary>
    /// What the delete removed, and what it kept with the button that ends it, so "Press **Resume check-ins**" has the
    /// button under it (decision 103).
    /// </summary>
    public static AdaptiveCard Deleted(IReadOnlyList<RemovedRows> removed, IReadOnlyList<KeptStop>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(removed);
        // Only what was there: a list of every source with its zero is long on a phone and says nothing.
        var facts = removed.Where(r => r.Count > 0).Select(r => new Fact(Label(r.Source), r.Count.ToString(CultureInfo.InvariantCulture))).ToList();
        List<CardElement> body = [Heading.Of("Your data is deleted"), new TextBlock(facts.Count == 0 ? "I held nothing about you." : "This is what I removed:")];
        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }

        body.AddRange(Kept("I kept", kept));
        body.Add(new TextBlock("Team totals already calculated stay, without your name.") { IsSubtle = true });
        // The buttons the kept lines name (a kept stop and a kept pause would both name Resume check-ins: one is kept).
        List<CardAction> undo = [.. (kept ?? []).Select(stop => stop.Undo).OfType<ExecuteAction>().DistinctBy(action => action.Verb)];
        return FullWidthCard.Create(body, undo.Count > 0 ? undo : null, "Your data is deleted");
    }

    /// <summary>
    /// A plain name for each source (the names in SqlitePersonalDataSources and AzurePersonalDataSources); a source
    /// added later without one shows as "Other records", never as its storage name.
    /// </summary>
    public static string Label(string source) => source switch
    {
        "people" => "Your profile",
        "conversations" => "Our chat and stored replies",
        "exerciseSessions" => "Exercise runs and learning log",
        "checkIns" => "Check-in answers and preferences",
        "outbox" => "Messages sent to you",
        "unreachable" => "Delivery notes",
        "teamMemberships" => "Team memberships",
        "downloadLinks" => "Download links",
        "stories" => "Your name on stories, your celebrations and offered stories",
        "learningSetAnswers" => "Action-learning answers",
        "learningSetMemberships" => "Places in action-learning sets",
        "appInstalls" => "App install notes",
        "checkInDeliveries" => "Check-in delivery notes",
        "teamRhythmsSet" => "Your name on team rhythms you set",
        "youSaidResponses" => "Your \"you said, we did\" responses",
        "supportRequests" => "Support requests",
        "entryShares" => "Entries you sent to someone",
        "storyAskStops" => "Your stop of my asks for stories",
        "noteStops" => "Notes you stopped",
        _ => "Other records",
    };

    private static string Months(int months) => months % 12 == 0
        ? (months / 12 == 1 ? "a year" : $"{months / 12} years")
        : (months == 1 ? "a month" : $"{months} months");
}
