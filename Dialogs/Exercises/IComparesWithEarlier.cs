namespace OutcomesBot.Dialogs.Exercises;

/// <summary>An exercise whose summary sets this run against the person's run before it (training priorities: before against after).</summary>
public interface IComparesWithEarlier
{
    /// <summary>The summary's body for <paramref name="answers"/>, compared with <paramref name="earlier"/>, finished at <paramref name="earlierAt"/>.</summary>
    IReadOnlyList<CardElement> Summarise(ExerciseAnswers answers, ExerciseAnswers earlier, DateTimeOffset earlierAt);
}
