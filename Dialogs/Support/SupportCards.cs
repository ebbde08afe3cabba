namespace OutcomesBot.Dialogs.Support;

/// <summary>The support cards: choosing who to ask, what the asker and the recipient see, and the recipient's list. Pure functions.</summary>
public static class SupportCards
{
    public const string AnonymousChoice = "Keep it anonymous: nobody will be told";

    public const string NobodyTold =
        "Nobody will be told who asked or what about. It only counts in your team's totals, which your leader sees once enough people have answered.";

    public const string OnlyRecipientSees = "Only the person you pick will see your name and what you write here.";

    /// <summary>
    /// Who to ask. Sent back with a <paramref name="problem"/>, the card keeps what the person wrote (<paramref name="about"/>)
    /// and whom they picked (<paramref name="picked"/>, when that is still one of the choices). When
    /// <paramref name="asksForName"/> (a team too large to list), it also has a box for anyone else's name, holding
    /// <paramref name="name"/>.
    /// </summary>
    public static AdaptiveCard Choose(string cycleId, IReadOnlyList<Choice> people, string? problem = null, string? about = null, string? picked = null, bool asksForName = false, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(people);
        List<CardElement> body = [Heading.Of("Who would you like support from?")];
        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        body.Add(new TextBlock(people.Count > 0 || asksForName
            ? "Pick someone and I will send them your request in their chat with me, so they can follow it up. " + OnlyRecipientSees
            : "There is nobody in your team I can reach for you yet, so your request can only stay anonymous.") { IsSubtle = true });
        body.Add(new ChoiceSetInput(SupportVerbs.ToKey, "Ask", [.. people, new Choice(AnonymousChoice, SupportVerbs.Anonymous)])
        {
            Style = "expanded",

            // Someone typing a name picks nobody here, so only a list of everyone can be required.
            IsRequired = !asksForName,
            ErrorMessage = "Please pick someone, or keep it anonymous.",
            Value = people.Any(person => person.Value == picked) ? picked : null,
        });
        if (asksForName)
        {
            body.Add(NameBox(SupportVerbs.NameKey, name));
        }

        body.Add(new TextInput(SupportVerbs.AboutKey, "What would you like support with? (optional)")
        {
            Placeholder = "A few words for the person you picked",
            IsMultiline = true,
            MaxLength = SupportDialog.AboutMaxLength,
            Value = string.IsNullOrEmpty(about) ? null : about,
        });
        body.Add(Notice.Of("If you keep it anonymous, nothing you write here is kept. " + NobodyTold));
        return FullWidthCard.Create(body, [CardActions.Execute("Send", SupportVerbs.Ask, Cycle(cycleId), submitsInputs: true)], "Who would you like support from?");
    }

    /// <summary>The box for a name not on a large team's list (decision 064); <paramref name="name"/> is what was typed before.</summary>
    public static TextInput NameBox(string id, string? name) => new(id, "Someone else? Type their name")
    {
        Placeholder = "For example: Sam Baker",
        MaxLength = PersonNameMatch.MaxTypedLength,
        Value = string.IsNullOrEmpty(name) ? null : name,
    };

    /// <summary>The problem when a typed name matched nobody in <paramref name="where"/> ("My Team", "your teams").</summary>
    public static string NoOneCalled(string where, string name) => $"No one in {PlainText.Of(where)} is called '{PlainText.Of(name)}'. Check the spelling, or pick from the list.";

    /// <summary>
    /// The problem when nobody in <paramref name="where"/> has the typed name but <paramref name="close"/> have names spelt
    /// nearly so, now listed to pick from (decision 067).
    /// </summary>
    public static string DidYouMean(string where, string name, IReadOnlyList<ReachablePerson> close)
    {
        ArgumentNullException.ThrowIfNull(close);
        var noOne = $"No one in {PlainText.Of(where)} is called '{PlainText.Of(name)}'.";
        return close is [{ Member.Name: { } only }]
            ? $"{noOne} Did you mean {PlainText.Of(only)}? If so, pick them below, or check the spelling."
            : $"{noOne} Did you mean one of these? Pick one below, or check the spelling.";
    }

    /// <summary>The problem when a typed name matched several people, now listed.</summary>
    public static string SeveralCalled(int count, string name) => count > PeopleOffer.MaxListed
        ? $"More than {PeopleOffer.MaxListed} people match '{PlainText.Of(name)}'. Type more of their name, or pick one of these."
        : $"{count} people match '{PlainText.Of(name)}'. Please pick one.";

    public static AdaptiveCard Sent(string recipientName) => FullWidthCard.Create(
        [
            Heading.Of("Your request is on its way"),
            new TextBlock($"I have sent it to {PlainText.Of(recipientName)}. I will tell you here when they have seen it."),
            Notice.Of(OnlyRecipientSees),
        ],
        null,
        "Your request is on its way");

    public static AdaptiveCard KeptAnonymous(bool countedForTeam) => FullWidthCard.Create(
        [
            Heading.Of("Kept anonymous"),
            new TextBlock(countedForTeam ? NobodyTold : "Nobody will be told who asked or what about."),
            Notice.Of("If you change your mind, type **checkin** and choose someone to ask."),
        ],
        null,
        "Kept anonymous");

    /// <summary>What the recipient gets in their 1:1 chat.</summary>
    public static AdaptiveCard ForRecipient(NamedSupportRequest named, string? teamName)
    {
        ArgumentNullException.ThrowIfNull(named);
        var asker = AskerName(named.Request);
        List<CardElement> body =
        [
            Heading.Of($"{asker} would like some support"),
            new TextBlock($"They asked for it in their check-in{(teamName is null ? "" : " in " + PlainText.Of(teamName))}, and chose you.") { Spacing = "None" },
        ];
        AddAbout(body, named.Request);
        body.Add(Notice.Of("Only you can see this request. Press the button so they know you have seen it, then follow it up with them."));
        return FullWidthCard.Create(body, RecipientActions(named), $"{asker} would like some support");
    }

    /// <summary>The recipient's card after they pressed "I have seen this" or "Done".</summary>
    public static AdaptiveCard Acknowledged(NamedSupportRequest named)
    {
        ArgumentNullException.ThrowIfNull(named);
        var asker = AskerName(named.Request);
        var text = named.IsOpen
            ? $"Thank you. I have told {asker} that you have seen it. Follow it up with them when you can."
            : $"Marked as followed up. It no longer shows in your support requests.";
        List<CardElement> body = [Heading.Of($"Support for {asker}"), Callout.Done(text)];
        AddAbout(body, named.Request);
        return FullWidthCard.Create(body, named.IsOpen ? [CardActions.Execute("Done: we have talked", SupportVerbs.Done, Request(named))] : null, $"Support for {asker}");
    }

    /// <summary>What the asker gets in their 1:1 chat once the recipient has seen the request.</summary>
    public static AdaptiveCard SeenByRecipient(string recipientName) => SeenBy(PlainText.Of(recipientName));

    /// <summary>The same card with the recipient's name left to be filled in as it goes (decision 094).</summary>
    public static AdaptiveCard SeenByRecipientNamedAtSend(string? recipientAadObjectId, string? recipientName) =>
        SeenBy(NameAtSend.Slot(recipientAadObjectId, recipientName, NobodyNamedSaw));

    // The card's words when the person who saw it cannot be named (they deleted their data before it went).
    internal const string NobodyNamedSaw = "The person you asked";

    private static AdaptiveCard SeenBy(string shownName) => FullWidthCard.Titled(
        "Your request for support was seen", $"{shownName} has seen your request and will follow it up with you.");

    /// <summary>The open requests sent to the person (at most 10 shown), each with its buttons.</summary>
    public static AdaptiveCard List(IReadOnlyList<NamedSupportRequest> open, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(open);
        List<CardElement> body = [Heading.Of("Support requests sent to you")];
        if (open.Count == 0)
        {
            body.Add(new TextBlock("There are no open requests. When someone asks you for support in their check-in, it shows here."));
        }

        foreach (var named in open.Take(10))
        {
            var asked = TimeZoneInfo.ConvertTime(named.Request.AskedAt, zone).ToString("d MMMM", CultureInfo.InvariantCulture);
            var state = named.Recipient.SeenAt is null ? "not yet acknowledged" : "seen";
            List<CardElement> items = [new TextBlock($"{AskerName(named.Request)}, {asked} ({state})") { Weight = "Bolder" }];
            AddAbout(items, named.Request);
            items.Add(new ActionSet(RecipientActions(named)));
            body.Add(new Container(items) { Separator = true });
        }

        body.Add(Notice.Of("Only requests sent to you are listed here. Anonymous requests are only counted, in the team's totals."));
        return FullWidthCard.Create(body, null, "Support requests sent to you");
    }

    public static AdaptiveCard Refused(string reason) => FullWidthCard.Create(
        [Heading.Of("Support"), Callout.Problem(reason), new TextBlock("Nothing was sent.") { IsSubtle = true }],
        null,
        reason);

    private static List<CardAction> RecipientActions(NamedSupportRequest named) => named.Recipient.SeenAt is null
        ? [CardActions.Execute("I have seen this", SupportVerbs.Seen, Request(named)), CardActions.Execute("Done: we have talked", SupportVerbs.Done, Request(named))]
        : [CardActions.Execute("Done: we have talked", SupportVerbs.Done, Request(named))];

    private static void AddAbout(List<CardElement> body, SupportRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.About))
        {
            body.Add(Callout.Note(PlainText.Of(request.About)));
        }
    }

    private static string AskerName(SupportRequest request) => PlainText.Of(request.AskerName ?? "A colleague");

    private static Dictionary<string, string> Cycle(string cycleId) => new(StringComparer.Ordinal) { [SupportVerbs.CycleKey] = cycleId };

    private static Dictionary<string, string> Request(NamedSupportRequest named) =>
        new(StringComparer.Ordinal) { [SupportVerbs.RequestKey] = named.Request.RequestId };
}
