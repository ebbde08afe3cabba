using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Dialogs.Exercises.Sharing;

/// <summary>The cards of "send this entry to one person": picking, the preview, what the recipient gets, and the answers. Pure functions.</summary>
public static class EntryShareCards
{
    public const string OnlyThem = "Only the person you pick gets it, in their 1:1 chat with me. It is never posted in a channel.";

    /// <summary>
    /// Who to send it to. When <paramref name="asksForName"/> (teams too large to list), the card also has a box for
    /// anyone else's name, holding <paramref name="name"/>.
    /// </summary>
    public static AdaptiveCard Picker(IExercise exercise, ExerciseSession session, IReadOnlyList<Choice> people, string? problem = null, TimeZoneInfo? zone = null, bool asksForName = false, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(people);
        List<CardElement> body = [Heading.Of("Send this entry to one person")];
        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        body.Add(new TextBlock($"Your {exercise.Info.InSentence} entry of {ExerciseCards.Date(Finished(session), zone)}, for example to your supervisor. {OnlyThem}") { IsSubtle = true });
        List<CardAction> actions = [CardActions.Execute("Back to my entry", ExerciseVerbs.Summary, ExerciseCards.SessionData(session))];
        if (people.Count == 0 && !asksForName)
        {
            body.Add(new TextBlock("There is nobody in your teams I can reach for you yet. Once your team's roster is known to me, they will be listed here."));
            return FullWidthCard.Create(body, actions, "Send this entry to one person");
        }

        if (people.Count > 0)
        {
            body.Add(new ChoiceSetInput(EntryShareVerbs.ToKey, "Send it to", people)
            {
                // A short list (a small team, or the names a misspelt one nearly matched) shows its people at once, one
                // tap each; a longer one stays a drop-down so the card stays short on a phone.
                Style = people.Count <= PersonNameMatch.MaxSuggested ? "expanded" : null,
                // Someone typing a name picks nobody here, so only a list of everyone can be required.
                IsRequired = !asksForName,
                ErrorMessage = "Please pick someone.",
            });
        }

        if (asksForName)
        {
            body.Add(SupportCards.NameBox(EntryShareVerbs.NameKey, name));
        }

        actions.Insert(0, CardActions.Execute("Preview", EntryShareVerbs.Preview, Data(session, null), submitsInputs: true) with { Style = "positive" });
        return FullWidthCard.Create(body, actions, "Send this entry to one person");
    }

    /// <summary>
    /// What the recipient gets in their 1:1 chat: who shared it and when, then the entry as its summary shows it. The dates
    /// are the sender's, in <paramref name="zone"/> (UTC when null): the day they wrote and sent it.
    /// </summary>
    public static AdaptiveCard ForRecipient(IExercise exercise, ExerciseSession session, string? senderName, DateTimeOffset sharedAt, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var sender = PlainText.Of(senderName ?? "A colleague");
        List<CardElement> body =
        [
            Heading.Of($"{sender} shared {exercise.Info.WithArticle} entry with you"),
            new TextBlock($"Sent to you on {ExerciseCards.Date(sharedAt, zone)}; written {ExerciseCards.Date(Finished(session), zone)}. Only you were sent it.") { IsSubtle = true, Spacing = "None" },
        ];
        body.AddRange(exercise.Summarise(ExerciseCards.Shown(session.Answers)));
        return FullWidthCard.Create(body, null, $"{sender} shared {exercise.Info.WithArticle} entry with you");
    }

    /// <summary>Exactly the recipient's card, framed, with Send (carrying the share id and the person) and a way back.</summary>
    public static AdaptiveCard Preview(AdaptiveCard forRecipient, ExerciseSession session, string recipientName, string recipientAadObjectId, string shareId)
    {
        ArgumentNullException.ThrowIfNull(forRecipient);
        var name = PlainText.Of(recipientName);
        var data = Data(session, recipientAadObjectId);
        data[ShareKey] = shareId;
        List<CardElement> body =
        [
            Heading.Of($"Check before you send it to {name}"),
            new TextBlock($"This is exactly what {name} will see in their chat with me. Nobody else gets it.") { IsSubtle = true },
            new Container(forRecipient.Body) { Style = "emphasis" },
        ];
        return FullWidthCard.Create(body,
        [
            CardActions.Execute($"Send to {name}", EntryShareVerbs.Send, data) with { Style = "positive" },
            CardActions.Execute("Pick someone else", EntryShareVerbs.Pick, Data(session, null)),
        ], $"Check before you send it to {name}");
    }

    public static AdaptiveCard Sent(string recipientName) => FullWidthCard.Create(
        [
            Heading.Of("Your entry is on its way"),
            new TextBlock($"I am sending it to {PlainText.Of(recipientName)}'s chat with me, and I will tell you here when it has arrived."),
            Notice.Of("Type my data to see every entry you have sent and to whom."),
        ],
        null,
        "Your entry is on its way");

    /// <summary>What the sender gets once the entry has reached the recipient's chat.</summary>
    public static AdaptiveCard Delivered(EntryShare share, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(share);
        return Delivered(PlainText.Of(share.RecipientName ?? NobodyNamedGot), share, zone);
    }

    /// <summary>The same card with the recipient's name left to be filled in as it goes (decision 094).</summary>
    public static AdaptiveCard DeliveredNamedAtSend(EntryShare share, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(share);
        return Delivered(NameAtSend.Slot(share.RecipientAadObjectId, share.RecipientName, NobodyNamedGot), share, zone);
    }

    // The card's words when the recipient cannot be named (they deleted their data before it went).
    private const string NobodyNamedGot = "The person you picked";

    private static AdaptiveCard Delivered(string shownName, EntryShare share, TimeZoneInfo? zone) =>
        FullWidthCard.Titled("Your entry was delivered", $"{shownName} now has the entry you sent on {ExerciseCards.Date(share.SharedAt, zone)} in their chat with me.");

    public static AdaptiveCard Refused(string reason) => FullWidthCard.Create(
        [Heading.Of("Send this entry"), Callout.Problem(reason), new TextBlock("Nothing was sent.") { IsSubtle = true }],
        null,
        reason);

    internal const string ShareKey = "share";

    private static Dictionary<string, string> Data(ExerciseSession session, string? to)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ExerciseVerbs.ExerciseKey] = session.ExerciseId,
            [ExerciseVerbs.SessionKey] = session.SessionId,
        };
        if (to is not null)
        {
            data[EntryShareVerbs.ToKey] = to;
        }

        return data;
    }

    private static DateTimeOffset Finished(ExerciseSession session) => session.CompletedAt ?? session.UpdatedAt;
}
