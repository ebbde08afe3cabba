using OutcomesBot.Dialogs.Exercises;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// A session store that holds back the first <c>readers</c> reads of a run until all of them have read it, so that
/// concurrent button presses are sure to decide from the same version before any of them saves.
/// </summary>
public sealed class ReadTogetherSessionStore(IExerciseSessionStore inner, int readers) : IExerciseSessionStore
{
    private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    public async Task<ExerciseSession?> GetAsync(string personId, string sessionId, CancellationToken cancellationToken)
    {
        var session = await inner.GetAsync(personId, sessionId, cancellationToken);
        var read = Interlocked.Increment(ref _reads);
        if (read == readers)
        {
            _allRead.TrySetResult();
        }

        if (read <= readers)
        {
            await _allRead.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return session;
    }

    public Task<ExerciseSession?> FindInProgressAsync(string personId, string exerciseId, CancellationToken cancellationToken) =>
        inner.FindInProgressAsync(personId, exerciseId, cancellationToken);

    public Task<IReadOnlyList<ExerciseSession>> ListAsync(string personId, string? exerciseId, ExerciseSessionStatus? status, CancellationToken cancellationToken) =>
        inner.ListAsync(personId, exerciseId, status, cancellationToken);

    public Task<bool> TryAddAsync(ExerciseSession session, CancellationToken cancellationToken) => inner.TryAddAsync(session, cancellationToken);

    public Task<bool> TryUpdateAsync(ExerciseSession session, long expectedVersion, CancellationToken cancellationToken) =>
        inner.TryUpdateAsync(session, expectedVersion, cancellationToken);
}
