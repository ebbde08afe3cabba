namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// One button press applied to one run: checks the card is the current one, checks the answers, and works out
/// the run as it should be saved and the card to show. Saving is left to the engine, which does it conditionally.
/// </summary>
internal sealed class ExerciseMove(IExercise exercise, ExerciseSession session, ExerciseRequest request, DateTimeOffset now)
{
    private const string SavedText = "Your answers so far are saved. Carry on any time from **exercises**, on this or any other device.";
    private const string StoppedText = "You stopped this exercise and its answers were discarded. You can begin again whenever you like.";

    /// <summary>
    /// False when the card was drawn from another step or an older version of the run. Resume and Summary only
    /// show; Start again discards answers, so an old intro card must not wipe answers given since it was drawn.
    /// </summary>
    public bool CardIsCurrent =>
        request.Verb is ExerciseVerbs.Resume or ExerciseVerbs.Summary
        || (request.Verb is ExerciseVerbs.Restart && session.Status != ExerciseSessionStatus.InProgress)
        || DrawnFromThisVersion;

    private bool DrawnFromThisVersion =>
        session.Status == ExerciseSessionStatus.InProgress
        && ExerciseEngine.ParseLong(request.Value(ExerciseVerbs.StepKey)) == session.StepIndex
        && ExerciseEngine.ParseLong(request.Value(ExerciseVerbs.VersionKey)) == session.Version;

    /// <summary>Whether the press carries the step's inputs (Back, Stop and "Keep it" on cards that send them).</summary>
    private bool CarriesStepInputs => request.Value(ExerciseVerbs.InputsKey) == ExerciseVerbs.InputsSent;

    /// <summary>The card for where the run stands now, with a note on top.</summary>
    public AdaptiveCard Current(string? notice = null) => session.Status switch
    {
        ExerciseSessionStatus.InProgress => ExerciseCards.Step(exercise, session, notice: notice),
        ExerciseSessionStatus.Completed => ExerciseCards.Summary(exercise, session, zone: request.Zone),
        _ => Stopped(),
    };

    /// <summary>The run to save (null: nothing to save) and the card to show.</summary>
    public (ExerciseSession? Updated, AdaptiveCard Card) Apply()
    {
        switch (request.Verb)
        {
            case ExerciseVerbs.Resume when CarriesStepInputs && DrawnFromThisVersion:
                // "Keep it" after Stop: what was typed on the step comes along, so it is there when the person carries on.
                var kept = Saved(session.StepIndex, TypedAnswers());
                return (kept, ExerciseCards.Step(exercise, kept));
            case ExerciseVerbs.Resume or ExerciseVerbs.Summary:
                return (null, Current());
            case ExerciseVerbs.Restart when session.Status == ExerciseSessionStatus.InProgress:
                var restarted = Saved(ExerciseProgress.NextStep(exercise, -1, ExerciseAnswers.Empty) ?? 0, ExerciseAnswers.Empty) with { StartedAt = now };
                return (restarted, ExerciseCards.Step(exercise, restarted));
            case ExerciseVerbs.Restart:
                return (null, ExerciseCards.Intro(exercise, null));
            case ExerciseVerbs.Cancel:
                return (null, ExerciseStopCard.Create(exercise, session, CarriesStepInputs ? StepAnswers(TypedAnswers()) : null));
            case ExerciseVerbs.ConfirmCancel:
                return (Saved(session.StepIndex, ExerciseAnswers.Empty) with { Status = ExerciseSessionStatus.Cancelled }, Stopped());
            case ExerciseVerbs.Back:
                var typed = TypedAnswers();
                var previous = ExerciseProgress.PreviousStep(exercise, session.StepIndex, typed);
                if (previous is null)
                {
                    return (null, Current());
                }

                var back = Saved(previous.Value, typed);
                return (back, ExerciseCards.Step(exercise, back));
            case ExerciseVerbs.SaveForLater:
                return SaveForLater();
            default:
                return Next();
        }
    }

    private (ExerciseSession?, AdaptiveCard) Next()
    {
        var (values, problems) = CheckStep(requireAnswers: true);
        if (problems.Count > 0)
        {
            return (null, ExerciseCards.Step(exercise, session, Submitted(), problems));
        }

        var answers = session.Answers.With(values);
        var next = ExerciseProgress.NextStep(exercise, session.StepIndex, answers);
        if (next is null)
        {
            var completed = Saved(session.StepIndex, answers) with { Status = ExerciseSessionStatus.Completed, CompletedAt = now };
            return (completed, ExerciseCards.Summary(exercise, completed, zone: request.Zone));
        }

        var moved = Saved(next.Value, answers);
        return (moved, ExerciseCards.Step(exercise, moved));
    }

    private (ExerciseSession?, AdaptiveCard) SaveForLater()
    {
        var (values, problems) = CheckStep(requireAnswers: false);
        if (problems.Count > 0)
        {
            return (null, ExerciseCards.Step(exercise, session, Submitted(), problems));
        }

        var saved = Saved(session.StepIndex, session.Answers.With(values));
        return (saved, ExerciseCards.Notice("Saved for later", SavedText,
            CardActions.Execute("Carry on now", ExerciseVerbs.Resume, ExerciseCards.SessionData(saved)),
            CardActions.Execute("All exercises", ExerciseVerbs.Menu)));
    }

    /// <summary>Checks every field of the current step; with <paramref name="requireAnswers"/> false, empty is fine.</summary>
    private (List<KeyValuePair<string, string?>> Values, List<string> Problems) CheckStep(bool requireAnswers)
    {
        var values = new List<KeyValuePair<string, string?>>();
        var problems = new List<string>();
        foreach (var field in exercise.Steps[session.StepIndex].Fields)
        {
            var submitted = request.Value(field.Id);
            var check = !requireAnswers && string.IsNullOrWhiteSpace(submitted) ? FieldCheck.Valid(null) : field.Check(submitted);
            if (check.IsValid)
            {
                values.Add(new(field.Id, check.Value));
            }
            else
            {
                problems.Add(check.Error!);
            }
        }

        return (values, problems);
    }

    /// <summary>
    /// The answers with what is typed on this step, when the press carries it: empty is fine, and a value that does not
    /// pass its check is left out (the answer stored before stays). Nothing is required until Next.
    /// </summary>
    private ExerciseAnswers TypedAnswers() =>
        CarriesStepInputs ? session.Answers.With(CheckStep(requireAnswers: false).Values) : session.Answers;

    /// <summary>
    /// The step's answers as they would be kept: what was typed where it is valid, what was stored before where it is not.
    /// "Keep it" carries these, so a value the check refused does not wipe the answer it would have replaced.
    /// </summary>
    private IEnumerable<KeyValuePair<string, string?>> StepAnswers(ExerciseAnswers answers) =>
        exercise.Steps[session.StepIndex].Fields.Select(field => KeyValuePair.Create(field.Id, answers[field.Id]));

    /// <summary>What the person submitted, shown back on a card with problems, so that nothing they typed is lost.</summary>
    private Dictionary<string, string?> Submitted() =>
        exercise.Steps[session.StepIndex].Fields.ToDictionary(f => f.Id, f => request.Value(f.Id), StringComparer.Ordinal);

    private ExerciseSession Saved(int stepIndex, ExerciseAnswers answers) =>
        session with { StepIndex = stepIndex, Answers = answers, Version = session.Version + 1, UpdatedAt = now };

    private AdaptiveCard Stopped() => ExerciseCards.Notice(exercise.Info.TitleWith("stopped"), StoppedText,
        CardActions.Execute("Begin again", ExerciseVerbs.Begin, ExerciseCards.ExerciseData(exercise.Info.Id)),
        CardActions.Execute("All exercises", ExerciseVerbs.Menu));
}
