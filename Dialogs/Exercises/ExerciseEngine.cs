namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// Runs the exercises: start, continue, go back, save for later, resume, start again, stop. Every answer is
/// checked on the server before it is stored; every save is conditional on the version the card was drawn from,
/// so a second device or a retried request cannot overwrite an answer. Answers are read only through their owner.
/// </summary>
public sealed class ExerciseEngine(IEnumerable<IExercise> exercises, IExerciseSessionStore store, TimeProvider timeProvider)
{
    internal const string UnknownCard = "That card doesn't match any exercise of yours. It may be from an old message, or it was changed.";
    internal const string MovedOn = "This card was out of date (you may have answered on another device), so nothing was changed. Here is where you are now.";

    private readonly IReadOnlyList<IExercise> _exercises = exercises.ToList();

    public IReadOnlyList<IExercise> Exercises => _exercises;

    public async Task<AdaptiveCard> HandleAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Verb switch
        {
            ExerciseVerbs.Menu => ExerciseMenuCard.Create(_exercises, await store.ListAsync(request.PersonId, null, null, cancellationToken)),
            ExerciseVerbs.Intro => await IntroAsync(request, cancellationToken),
            ExerciseVerbs.CarryOn => await CarryOnAsync(request, cancellationToken),
            ExerciseVerbs.Begin => await BeginAsync(request, cancellationToken),
            ExerciseVerbs.History => await HistoryAsync(request, cancellationToken),
            ExerciseVerbs.SaveNote => await SaveNoteAsync(request, cancellationToken),
            ExerciseVerbs.DismissNote => LearningLog.LearningLogNote.Dismissed(),
            ExerciseVerbs.Next or ExerciseVerbs.Back or ExerciseVerbs.SaveForLater or ExerciseVerbs.Resume
                or ExerciseVerbs.Restart or ExerciseVerbs.Cancel or ExerciseVerbs.ConfirmCancel or ExerciseVerbs.Summary => await ContinueAsync(request, cancellationToken),
            _ => Problem(),
        };
    }

    public IExercise? Find(string? exerciseId) => _exercises.FirstOrDefault(e => e.Info.Id == exerciseId);

    private async Task<AdaptiveCard> IntroAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        if (Find(request.Value(ExerciseVerbs.ExerciseKey)) is not { } exercise)
        {
            return Problem();
        }

        return ExerciseCards.Intro(exercise, await store.FindInProgressAsync(request.PersonId, exercise.Info.Id, cancellationToken));
    }

    // The step the person left off at, with what they had typed: one tap from the menu. A run finished or stopped since
    // the menu was drawn has nothing to carry on, so the intro comes instead, with Begin.
    private async Task<AdaptiveCard> CarryOnAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        if (Find(request.Value(ExerciseVerbs.ExerciseKey)) is not { } exercise)
        {
            return Problem();
        }

        var run = await store.FindInProgressAsync(request.PersonId, exercise.Info.Id, cancellationToken);
        return run is null ? ExerciseCards.Intro(exercise, null) : ExerciseCards.Step(exercise, run);
    }

    private async Task<AdaptiveCard> HistoryAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        if (Find(request.Value(ExerciseVerbs.ExerciseKey)) is not { } exercise)
        {
            return Problem();
        }

        var completed = await store.ListAsync(request.PersonId, exercise.Info.Id, ExerciseSessionStatus.Completed, cancellationToken);
        return ExerciseCards.History(exercise, completed, request.Zone);
    }

    // A long message kept as a learning-log note: stored only now, on Save, as a finished entry of the sender.
    private async Task<AdaptiveCard> SaveNoteAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        var note = request.Value(LearningLog.LearningLogNote.NoteField)?.Trim() ?? string.Empty;
        if (note.Length == 0 || note.Length > LearningLog.LearningLogNote.MaxLength)
        {
            return LearningLog.LearningLogNote.Offer(note, note.Length == 0
                ? "The note is empty, so there is nothing to save."
                : $"Please keep the note to {LearningLog.LearningLogNote.MaxLength} characters.");
        }

        await store.TryAddAsync(LearningLog.LearningLogNote.Entry(request.PersonId, note, timeProvider.GetUtcNow()), cancellationToken);
        return LearningLog.LearningLogNote.Saved();
    }

    private async Task<AdaptiveCard> BeginAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        if (Find(request.Value(ExerciseVerbs.ExerciseKey)) is not { } exercise)
        {
            return Problem();
        }

        var now = timeProvider.GetUtcNow();
        var session = new ExerciseSession
        {
            SessionId = Guid.NewGuid().ToString("N"),
            PersonId = request.PersonId,
            ExerciseId = exercise.Info.Id,
            Status = ExerciseSessionStatus.InProgress,
            StepIndex = ExerciseProgress.NextStep(exercise, -1, ExerciseAnswers.Empty) ?? 0,
            Version = 1,
            StartedAt = now,
            UpdatedAt = now,
        };
        if (await store.TryAddAsync(session, cancellationToken))
        {
            return ExerciseCards.Step(exercise, session);
        }

        // Begin pressed twice, or on two devices: carry on with the run that exists rather than start a second one.
        var existing = await store.FindInProgressAsync(request.PersonId, exercise.Info.Id, cancellationToken);
        return existing is null ? Problem() : ExerciseCards.Step(exercise, existing);
    }

    private async Task<AdaptiveCard> ContinueAsync(ExerciseRequest request, CancellationToken cancellationToken)
    {
        var sessionId = request.Value(ExerciseVerbs.SessionKey);
        var session = string.IsNullOrEmpty(sessionId) ? null : await store.GetAsync(request.PersonId, sessionId, cancellationToken);
        if (session is null || Find(session.ExerciseId) is not { } exercise || request.Value(ExerciseVerbs.ExerciseKey) != session.ExerciseId)
        {
            return Problem();
        }

        var move = new ExerciseMove(exercise, session, request, timeProvider.GetUtcNow());
        if (!move.CardIsCurrent)
        {
            return move.Current(MovedOn);
        }

        var (updated, card) = move.Apply();
        if (updated is null)
        {
            return request.Verb is ExerciseVerbs.Summary or ExerciseVerbs.Resume ? await WithEarlierAsync(exercise, session, card, request.Zone, cancellationToken) : card;
        }

        if (await store.TryUpdateAsync(updated, session.Version, cancellationToken))
        {
            return await WithEarlierAsync(exercise, updated, card, request.Zone, cancellationToken);
        }

        var latest = await store.GetAsync(request.PersonId, session.SessionId, cancellationToken);
        return latest is null ? Problem() : new ExerciseMove(exercise, latest, request, timeProvider.GetUtcNow()).Current(MovedOn);
    }

    // A finished run of an exercise that compares runs gets its summary set against the person's run before it.
    private async Task<AdaptiveCard> WithEarlierAsync(IExercise exercise, ExerciseSession session, AdaptiveCard card, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (exercise is not IComparesWithEarlier || session is not { Status: ExerciseSessionStatus.Completed, CompletedAt: { } completedAt })
        {
            return card;
        }

        var runs = await store.ListAsync(session.PersonId, exercise.Info.Id, ExerciseSessionStatus.Completed, cancellationToken);
        var earlier = runs.Where(run => run.SessionId != session.SessionId && run.CompletedAt < completedAt).MaxBy(run => run.CompletedAt);
        return earlier is null ? card : ExerciseCards.Summary(exercise, session, earlier, zone);
    }

    private static AdaptiveCard Problem() =>
        ExerciseCards.Notice("Something isn't right with that card", UnknownCard);

    internal static long? ParseLong(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
