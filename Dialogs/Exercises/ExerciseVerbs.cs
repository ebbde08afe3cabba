namespace OutcomesBot.Dialogs.Exercises;

/// <summary>
/// The card verbs of the exercises. Card data carries the exercise id, the session id, the step index and the
/// session version the card was drawn from, so that a stale or tampered card is recognised.
/// </summary>
public static class ExerciseVerbs
{
    public const string Prefix = "exercise.";
    public const string Menu = "exercises.open";
    public const string Intro = "exercise.intro";
    public const string Begin = "exercise.begin";
    public const string Next = "exercise.next";
    public const string Back = "exercise.back";
    public const string SaveForLater = "exercise.later";
    public const string Resume = "exercise.resume";

    /// <summary>
    /// The menu's "Carry on": names only the exercise (one menu is drawn for everyone whose exercises stand the same), and
    /// brings the sender's run in progress back at its step.
    /// </summary>
    public const string CarryOn = "exercise.carryon";
    public const string Restart = "exercise.restart";

    /// <summary>The step card's Stop: asks before anything is discarded (cards sent before the confirmation existed carry it too).</summary>
    public const string Cancel = "exercise.cancel";

    /// <summary>"Stop and delete" on the confirmation: discards the run.</summary>
    public const string ConfirmCancel = "exercise.cancel.confirm";
    public const string Summary = "exercise.summary";
    public const string History = "exercise.history";
    public const string SharePick = "exercise.share.pick";
    public const string Share = "exercise.share";
    public const string SharePost = "exercise.share.post";
    public const string ShareWithdraw = "exercise.share.withdraw";
    public const string SaveNote = "exercise.note.save";
    public const string DismissNote = "exercise.note.dismiss";

    public const string ExerciseKey = "exercise";
    public const string SessionKey = "session";
    public const string StepKey = "step";
    public const string VersionKey = "version";

    /// <summary>
    /// Marks data that carries the step's inputs (Back, Stop, and Stop's "Keep it"): an input left empty is then not sent
    /// at all, and means an empty answer. Cards drawn before Back and Stop sent inputs lack it, and change no answer.
    /// </summary>
    public const string InputsKey = "inputs";
    public const string InputsSent = "step";

    public static bool IsExerciseVerb(string verb) => verb == Menu || verb.StartsWith(Prefix, StringComparison.Ordinal);
}
