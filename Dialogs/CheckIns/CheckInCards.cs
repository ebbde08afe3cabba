using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>The check-in cards: the form, the thank-you summary and the notices. Pure functions.</summary>
public static class CheckInCards
{
    public static AdaptiveCard Form(CheckInCycle cycle, IReadOnlyDictionary<string, string?>? shownValues = null, IReadOnlyList<string>? problems = null, string? notice = null, bool paused = false)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var asked = cycle.AskedConditions;
        var title = asked.Count == ChangeReadinessPulse.Conditions.Count ? "Monthly check-in" : "Check-in";
        List<CardElement> body = [Heading.Of(title), new TextBlock(HowLong(asked.Count)) { Spacing = "None", IsSubtle = true }];
        if (notice is not null)
        {
            body.Add(Callout.Ask(notice));
        }

        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems));
        }

        body.AddRange(new ExerciseField[] { CheckInQuestions.Confidence, CheckInQuestions.WentWell, CheckInQuestions.Barrier, CheckInQuestions.WantsSupport }
            .Select(field => field.Render(shownValues?.GetValueOrDefault(field.Id))));
        if (asked.Count > 0)
        {
            body.Add(new TextBlock("How ready do you feel for the change?") { Weight = "Bolder", Separator = true, Spacing = "Large" });
            body.Add(new TextBlock(PulseIntro(asked.Count)) { IsSubtle = true, Spacing = "None" });
            // All 14 at once (a monthly rhythm, or a cycle opened before the rotation) come as drop-downs, to keep the card short.
            body.AddRange(asked.Select(field => (asked.Count > MostAsButtons ? field with { Compact = true } : field).Render(shownValues?.GetValueOrDefault(field.Id))));
        }

        body.Add(Notice.Of(WhoSeesWhat) with { Separator = true });
        var data = CycleData(cycle);
        return FullWidthCard.Create(body,
        [
            CardActions.Execute("Send", CheckInVerbs.Submit, data, submitsInputs: true),
            CardActions.Execute("Snooze 3 hours", CheckInVerbs.Snooze, With(data, CheckInVerbs.SnoozeKey, CheckInVerbs.SnoozeHours)),
            CardActions.Execute("Tomorrow morning", CheckInVerbs.Snooze, With(data, CheckInVerbs.SnoozeKey, CheckInVerbs.SnoozeTomorrow)),
            paused ? ResumeButton() : CardActions.Execute("Pause for 4 weeks", CheckInVerbs.Pause, data),
            CardActions.Execute("Stop check-ins", CheckInVerbs.OptOut, data) with { Style = "destructive" },
        ], title);
    }

    /// <summary>
    /// An honest estimate: about 15 seconds a rating (confidence and each statement) and 30 for each of the two optional
    /// notes, rounded to whole minutes. Four statements come to about two minutes, all fourteen to about five.
    /// </summary>
    public static string HowLong(int statements)
    {
        var minutes = Math.Max(1, (int)Math.Round(((1 + statements) * 15 + 60) / 60.0, MidpointRounding.AwayFromZero));
        // Confidence, what went well, what got in the way and whether you would like support, then the statements.
        var questions = 4 + statements;
        return minutes == 1
            ? $"About a minute: {questions} short questions on how outcomes-focused practice is going for you."
            : $"About {minutes} minutes: {questions} short questions on how outcomes-focused practice is going for you.";
    }

    private static string PulseIntro(int statements) => statements == ChangeReadinessPulse.Conditions.Count
        ? "How far do you agree with each statement? 1 is not at all, 5 is completely. All 14 come once a month."
        : $"How far do you agree with each statement? 1 is not at all, 5 is completely. {statements} of the 14 statements this time; the others come round over the next few check-ins.";

    private const int MostAsButtons = 4;

    public static AdaptiveCard Thanks(CheckInCycle cycle, CheckInAnswer answer, bool replaced)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(answer);
        List<Fact> facts = [new("Confidence", answer.Confidence.ToString(CultureInfo.InvariantCulture) + " out of 5")];
        AddFact(facts, "Went well", answer.WentWell);
        AddFact(facts, "Got in the way", answer.Barrier);
        facts.Add(new Fact("Support", answer.WantsSupport ? "Yes" + (answer.SupportFrom is null ? "" : ", from " + PlainText.Of(answer.SupportFrom)) : "Not this time"));
        if (answer.ReadinessIndex is { } index)
        {
            facts.Add(new Fact("Readiness for change", ReadinessIndex.Describe(index)));
        }

        List<CardElement> body =
        [
            Heading.Of("Thank you"),
            new TextBlock(replaced ? "I have updated your answer for this check-in." : "Your check-in is saved.") { Spacing = "None" },
            new FactSet(facts),
        ];
        List<CardAction> actions = [CardActions.Execute("Change my answer", CheckInVerbs.Open, CycleData(cycle))];
        if (answer.WantsSupport)
        {
            // Nobody is told anything until the person chooses: someone named, or anonymous and only counted.
            body.Add(Callout.Ask("You asked for support. Choose who I should ask for you, or keep it anonymous and nobody will be told."));
            actions.Insert(0, CardActions.Execute("Choose who to ask", SupportVerbs.Choose, new Dictionary<string, string>(StringComparer.Ordinal) { [SupportVerbs.CycleKey] = cycle.CycleId }));
        }
        else
        {
            body.Add(new TextBlock("What the team tells me shows what works and what gets in the way. Your team leader will share how it is used, "
                + "though not every point can change things straight away.") { IsSubtle = true });
        }

        body.Add(Notice.Of(WhoSeesWhat));
        return FullWidthCard.Create(body, actions, "Check-in saved");
    }

    public static ExecuteAction ResumeButton() => CardActions.Execute("Resume check-ins", CheckInVerbs.Resume);

    public const string WhoSeesWhat =
        "Who sees what: your team leader sees only team totals, and only once enough people have answered. "
        + "What you write reaches them only as anonymous themes, never word for word or with your name.";

    public static Dictionary<string, string> CycleData(CheckInCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return new Dictionary<string, string>(StringComparer.Ordinal) { [CheckInVerbs.CycleKey] = cycle.CycleId };
    }

    private static Dictionary<string, string> With(Dictionary<string, string> data, string key, string value) =>
        new(data, StringComparer.Ordinal) { [key] = value };

    private static void AddFact(List<Fact> facts, string title, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts.Add(new Fact(title, PlainText.Of(value)));
        }
    }
}
