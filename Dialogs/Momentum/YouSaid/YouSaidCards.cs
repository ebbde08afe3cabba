using OutcomesBot.Dialogs.Momentum.Themes;

namespace OutcomesBot.Dialogs.Momentum.YouSaid;

/// <summary>The "you said, we did" cards: themes and a text box for the leader, the preview, and the card members get.</summary>
public static class YouSaidCards
{
    public static AdaptiveCard Themes(string teamName, string teamId, CycleThemes themes, string? text = null, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(themes);
        List<CardElement> body =
        [
            Heading.Of("You said, we did: " + teamName),
            new TextBlock("What the team said in the last check-in, as anonymous themes. Write a short response: what you will do, "
                + "what you are looking into, or why something cannot change yet. It goes to everyone in the team.") { IsSubtle = true },
        ];
        if (problem is not null)
        {
            body.Add(Callout.Problem(problem));
        }

        body.AddRange(ThemeSections(themes));
        body.Add(new TextInput(YouSaidVerbs.ResponseKey, "Your response to the team")
        {
            IsMultiline = true,
            MaxLength = YouSaidVerbs.MaxLength,
            Value = text,
            Placeholder = "For example: you said recording takes too long, so we are trying a shorter form from next month.",
        });
        return FullWidthCard.Create(body, [CardActions.Execute("Preview", YouSaidVerbs.Preview, TeamData(teamId), submitsInputs: true)], "You said, we did");
    }

    public static AdaptiveCard Preview(string teamName, string teamId, CycleThemes themes, string text, string responseId)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var send = new Dictionary<string, string>(TeamData(teamId), StringComparer.Ordinal) { [YouSaidVerbs.ResponseIdKey] = responseId, [YouSaidVerbs.ResponseKey] = text };
        var edit = new Dictionary<string, string>(TeamData(teamId), StringComparer.Ordinal) { [YouSaidVerbs.ResponseKey] = text };
        List<CardElement> body =
        [
            Heading.Of("Check before sending"),
            new TextBlock($"This is what everyone in {teamName} will get in their chat with me:") { IsSubtle = true },
            new Container(ForMembers(teamName, themes, text).Body) { Style = "emphasis" },
        ];
        return FullWidthCard.Create(body, [CardActions.Execute("Send to the team", YouSaidVerbs.Send, send), CardActions.Execute("Edit", YouSaidVerbs.Edit, edit)], "Check before sending");
    }

    /// <summary>The card each member gets: the themes raised and the leader's words; nobody's answers, nobody's name.</summary>
    public static AdaptiveCard ForMembers(string teamName, CycleThemes themes, string text)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var raised = themes.Barriers.Shown.Concat(themes.Support.Shown).Select(t => t.Label).Distinct(StringComparer.Ordinal).ToList();
        List<CardElement> body =
        [
            Heading.Of("You said, we did"),
            new TextBlock($"A response from your team leader in {teamName} to what the team said in the last check-in.") { IsSubtle = true, Spacing = "None" },
        ];
        if (raised.Count > 0)
        {
            body.Add(new TextBlock("You told us about: " + string.Join(", ", raised).ToLowerInvariant() + ".") { Weight = "Bolder" });
        }

        body.Add(new TextBlock(PlainText.Of(text)));
        body.Add(Notice.Of("Thank you for taking part. Every check-in helps shape what happens next."));
        return FullWidthCard.Create(body, null, "You said, we did");
    }

    public static AdaptiveCard Sent(string teamName, int recipients) => FullWidthCard.Titled("Sent",
        $"Your response is on its way to {recipients.ToString(CultureInfo.InvariantCulture)} {(recipients == 1 ? "person" : "people")} in {teamName}. "
        + "Each gets it once, in their 1:1 chat with me.");

    public static AdaptiveCard AlreadySent(string teamName) => FullWidthCard.Titled("Already sent",
        $"This response has already gone to {teamName}, so I haven't sent it again.");

    private static IEnumerable<CardElement> ThemeSections(CycleThemes themes)
    {
        if (!themes.Enough)
        {
            yield return new TextBlock($"Fewer than {themes.MinimumAnswers} people answered the last check-in, so I am not showing themes: "
                + "with so few answers someone could be recognised. You can still write to the team.") { Wrap = true };
            yield break;
        }

        yield return new TextBlock($"{themes.Answered.ToString(CultureInfo.InvariantCulture)} people answered.") { Spacing = "None" };
        yield return Section("What got in the way", themes.Barriers);
        yield return Section("Support people asked for", themes.Support);
        yield return Section("What went well", themes.WentWell);
    }

    private static Container Section(string title, ThemeSummary summary)
    {
        List<string> lines = [.. summary.Shown.Select(t => $"- {t.Label}: {People(t.Count)}")];
        if (summary.Other >= ThemeSummary.MinimumPerTheme)
        {
            lines.Add($"- {ThemeCatalog.OtherLabel}: {People(summary.Other)}");
        }
        else if (summary.Other > 0)
        {
            lines.Add($"- {ThemeCatalog.OtherLabel}: a few");
        }

        var text = summary.AnswersWithText == 0 ? "Nobody wrote about this." : string.Join("\n", lines);
        return LabelledText.Of(title, text) with { Separator = true };
    }

    private static string People(int count) => count.ToString(CultureInfo.InvariantCulture) + " people";

    private static Dictionary<string, string> TeamData(string teamId) => new(StringComparer.Ordinal) { [LeaderRequest.TeamKey] = teamId };
}
