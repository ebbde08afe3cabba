namespace OutcomesBot.Dialogs.Exercises;

/// <summary>The cards every exercise shares: intro, step form, summary, my entries, notices. Pure functions.</summary>
public static class ExerciseCards
{
    public const string PrivacyNote = "Only you can see your answers.";

    public static AdaptiveCard Intro(IExercise exercise, ExerciseSession? inProgress)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var info = exercise.Info;
        List<CardElement> body =
        [
            Heading.Of(info.Title),
            new TextBlock(info.Purpose),
            new FactSet([new Fact("Takes about", $"{info.Minutes} minutes"), new Fact("From the guide", info.GuideSection)]),
            Cards.Kit.Notice.Of(PrivacyNote),
        ];
        var exerciseData = ExerciseData(info.Id);
        List<CardAction> actions = inProgress is null
            ? [CardActions.Execute("Begin", ExerciseVerbs.Begin, exerciseData)]
            :
            [
                CardActions.Execute("Carry on where I left off", ExerciseVerbs.Resume, SessionData(inProgress)),
                CardActions.Execute("Start again", ExerciseVerbs.Restart, SessionData(inProgress)),
            ];
        actions.Add(CardActions.Execute("All exercises", ExerciseVerbs.Menu));
        return FullWidthCard.Create(body, actions, info.Title);
    }

    public static AdaptiveCard Step(IExercise exercise, ExerciseSession session, IReadOnlyDictionary<string, string?>? shownValues = null, IReadOnlyList<string>? problems = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var step = exercise.Steps[session.StepIndex];
        var (number, total, exact) = StepPosition(exercise, session);
        // A total is shown only once it is certain: an "up to" bound shrank as optional steps were ruled out, so the
        // count seemed to jump ("step 1 of up to 10", then "step 6 of up to 9").
        var of = exact ? $" of {total}" : string.Empty;
        List<CardElement> body = [Cards.Kit.Notice.Of($"{exercise.Info.Title} · step {number}{of}")];
        if (notice is not null)
        {
            body.Add(Callout.Ask(notice));
        }

        if (problems is { Count: > 0 })
        {
            body.Add(ProblemList.Create(problems));
        }

        body.Add(Heading.Of(step.Title));
        if (step.Guidance is not null)
        {
            body.Add(new TextBlock(step.Guidance) { Spacing = "None" });
        }

        body.AddRange(step.Context?.Invoke(session.Answers) ?? []);
        body.AddRange(step.Fields.Select(field => StepInput(field, shownValues is null ? session.Answers[field.Id] : shownValues.GetValueOrDefault(field.Id))));
        return FullWidthCard.Create(body, StepActions(session, number, exercise.Steps.Count - 1), exercise.Info.TitleWith(step.Title));
    }

    /// <summary>The summary of a run; dates are the person's, in <paramref name="zone"/> (UTC when null).</summary>
    public static AdaptiveCard Summary(IExercise exercise, ExerciseSession session, ExerciseSession? earlier = null, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        List<CardElement> body =
        [
            Heading.Of(exercise.Info.TitleWith("your summary")),
            new TextBlock($"Recorded {Date(session.CompletedAt ?? session.UpdatedAt, zone)}. {PrivacyNote}") { IsSubtle = true, Spacing = "None" },
        ];
        body.AddRange(exercise is IComparesWithEarlier comparing && earlier is { CompletedAt: { } earlierAt }
            ? comparing.Summarise(Shown(session.Answers), Shown(earlier.Answers), Local(earlierAt, zone))
            : exercise.Summarise(Shown(session.Answers)));
        List<CardAction> actions = [CardActions.Execute("My entries", ExerciseVerbs.History, ExerciseData(exercise.Info.Id))];
        if (Sharing.ExerciseSharing.IsShareable(exercise.Info.Id))
        {
            actions.Add(CardActions.Execute("Share with my team", ExerciseVerbs.SharePick, SessionData(session)));
            actions.Add(CardActions.Execute("Send to one person", Sharing.EntryShareVerbs.Pick, SessionData(session)));
        }

        actions.Add(CardActions.Execute("All exercises", ExerciseVerbs.Menu));
        return FullWidthCard.Create(body, actions, exercise.Info.TitleWith("summary"));
    }

    /// <summary>The person's finished runs, newest first, dated in <paramref name="zone"/> (UTC when null).</summary>
    public static AdaptiveCard History(IExercise exercise, IReadOnlyList<ExerciseSession> completed, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(completed);
        List<CardElement> body = [Heading.Of(exercise.Info.TitleWith("my entries"))];
        if (completed.Count == 0)
        {
            body.Add(new TextBlock("Nothing recorded yet. Your finished entries will appear here, newest first."));
        }

        // The newest entry in full; the earlier ones behind one button, so that the card stays phone-sized however many there are.
        var entries = completed.Take(10).Select(session => new Container([new TextBlock(Date(session.CompletedAt ?? session.UpdatedAt, zone)) { Weight = "Bolder" }, .. exercise.Summarise(Shown(session.Answers))])
        {
            Separator = true,
            Spacing = "Large",
        }).ToList();
        body.AddRange(entries.Take(1));
        if (completed.Count > 0 && Sharing.ExerciseSharing.IsShareable(exercise.Info.Id))
        {
            body.Add(new ActionSet([CardActions.Execute("Send this entry to one person", Sharing.EntryShareVerbs.Pick, SessionData(completed[0]))]));
        }

        if (entries.Count > 1)
        {
            var earlier = new AdaptiveCard { Body = [.. entries.Skip(1)] };
            body.Add(new ActionSet([new ShowCardAction(entries.Count == 2 ? "The entry before" : $"The {entries.Count - 1} entries before", earlier)]) { Separator = true });
        }

        return FullWidthCard.Create(body,
        [
            CardActions.Execute("New entry", ExerciseVerbs.Intro, ExerciseData(exercise.Info.Id)),
            CardActions.Execute("All exercises", ExerciseVerbs.Menu),
        ], exercise.Info.TitleWith("my entries"));
    }

    /// <summary>The answers as a summary shows them: what people typed is plain text (<see cref="PlainText"/>).</summary>
    public static ExerciseAnswers Shown(ExerciseAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new ExerciseAnswers(answers.Values.ToDictionary(pair => pair.Key, pair => PlainText.Of(pair.Value), StringComparer.Ordinal));
    }

    public static AdaptiveCard Notice(string title, string text, params CardAction[] actions) =>
        FullWidthCard.Titled(title, text, actions.Length > 0 ? actions : [CardActions.Execute("All exercises", ExerciseVerbs.Menu)]);

    /// <summary>A button that opens an exercise's intro, its title as in a sentence: "Open “What difference has it made?”", "Open Learning log".</summary>
    public static ExecuteAction OpenButton(string exerciseId) =>
        CardActions.Execute($"Open {ExerciseCatalog.All.Single(e => e.Info.Id == exerciseId).Info.InSentence}", ExerciseVerbs.Intro, ExerciseData(exerciseId));

    public static Dictionary<string, string> ExerciseData(string exerciseId) => new(StringComparer.Ordinal) { [ExerciseVerbs.ExerciseKey] = exerciseId };

    public static Dictionary<string, string> SessionData(ExerciseSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ExerciseVerbs.ExerciseKey] = session.ExerciseId,
            [ExerciseVerbs.SessionKey] = session.SessionId,
            [ExerciseVerbs.StepKey] = session.StepIndex.ToString(CultureInfo.InvariantCulture),
            [ExerciseVerbs.VersionKey] = session.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The step's number among the steps that apply so far, and how many there will be: exact when every later step
    /// already applies, otherwise an upper bound (later steps may still be switched on by answers to come).
    /// </summary>
    public static (int Number, int Total, bool Exact) StepPosition(IExercise exercise, ExerciseSession session)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(session);
        var number = exercise.Steps.Take(session.StepIndex).Count(step => step.AppliesTo(session.Answers)) + 1;
        var later = exercise.Steps.Skip(session.StepIndex + 1).ToList();
        return (number, number + later.Count, later.All(step => step.AppliesTo(session.Answers)));
    }

    /// <summary>
    /// A step's input with no client-side "required": Save for later, Back and Stop send a half-finished step as it is,
    /// and a required input left empty would make the client refuse to send anything at all. Next is checked on the
    /// server, which lists what is missing and keeps what was typed; the optional questions say so instead.
    /// </summary>
    private static CardInput StepInput(ExerciseField field, string? current)
    {
        var input = field.Render(current) with { IsRequired = null, ErrorMessage = null };
        return field.Required || field is ToggleField || input.Label.Contains("(optional)", StringComparison.OrdinalIgnoreCase)
            ? input
            : input with { Label = $"{input.Label} (optional)" };
    }

    private static List<CardAction> StepActions(ExerciseSession session, int number, int lastStepIndex)
    {
        var data = SessionData(session);
        // Back and Stop send what is typed too, marked so, so that going back or keeping the run after Stop loses no words.
        var withInputs = new Dictionary<string, string>(data, StringComparer.Ordinal) { [ExerciseVerbs.InputsKey] = ExerciseVerbs.InputsSent };
        // "Finish" only where nothing can follow: a later step may still apply once this step's answers are in
        // (an "add another" switch, a "my own scenario" choice), and then "Finish" would be a false promise.
        var last = session.StepIndex == lastStepIndex;
        List<CardAction> actions = [CardActions.Execute(last ? "Finish" : "Next", ExerciseVerbs.Next, data, submitsInputs: true)];
        if (number > 1)
        {
            actions.Add(CardActions.Execute("Back", ExerciseVerbs.Back, withInputs, submitsInputs: true));
        }

        actions.Add(CardActions.Execute("Save for later", ExerciseVerbs.SaveForLater, data, submitsInputs: true));
        actions.Add(CardActions.Execute("Stop", ExerciseVerbs.Cancel, withInputs, submitsInputs: true) with { Style = "destructive" });
        return actions;
    }

    /// <summary>The instant as the person's clock showed it: an entry finished at 00:30 in London is that day's, not the day before's.</summary>
    public static DateTimeOffset Local(DateTimeOffset time, TimeZoneInfo? zone) => TimeZoneInfo.ConvertTime(time, zone ?? TimeZoneInfo.Utc);

    /// <summary>The date of <paramref name="time"/> in <paramref name="zone"/> (UTC when null), as "15 June 2026".</summary>
    public static string Date(DateTimeOffset time, TimeZoneInfo? zone) => Local(time, zone).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
