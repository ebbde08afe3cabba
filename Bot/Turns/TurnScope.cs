namespace OutcomesBot.Bot.Turns;

/// <summary>
/// The turn running on this async flow, from its claim to its answer. Storage reads it to wait only briefly on a busy
/// SQLite file (<c>Storage:TurnBusyTimeout</c>); the turn records in it what it has already done that a retry must
/// not do again (a message or card sent), so that a failed turn with effects is completed, not released.
/// </summary>
public sealed class TurnScope : IDisposable
{
    private static readonly AsyncLocal<TurnScope?> Flowing = new();
    private readonly TurnScope? _outer;
    private int _effects;

    private TurnScope()
    {
        _outer = Flowing.Value;
        Flowing.Value = this;
    }

    /// <summary>The turn this code runs in, or null outside a turn (a scheduled job, start-up).</summary>
    public static TurnScope? Current => Flowing.Value;

    /// <summary>True once the turn has done something outside the bot that a retry would repeat.</summary>
    public bool MadeEffects => Volatile.Read(ref _effects) > 0;

    /// <summary>The store writes this turn holds back for its completion's commit, or null when its store writes at once.</summary>
    public IHeldWrites? HeldWrites { get; internal set; }

    public static TurnScope Begin() => new();

    public void RecordEffect() => Interlocked.Increment(ref _effects);

    public void Dispose() => Flowing.Value = _outer;
}
