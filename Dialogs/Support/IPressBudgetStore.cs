namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// The presses each person was let through, kept in the store so that every instance of the bot and every restart counts
/// them together (decision 098: the name look-up budgets). A person is an opaque key (a keyed hash, never a name or an
/// id); a person's presses are kept only within the longest budget's window.
/// </summary>
public interface IPressBudgetStore
{
    /// <summary>
    /// Records a press by <paramref name="personKey"/> at <paramref name="at"/> when every budget has room counted back from
    /// it, and returns null; otherwise records nothing and returns the index of the first budget with no room. Atomic: of
    /// two instances pressing for the same person at once, only as many get through as the budgets have room for.
    /// </summary>
    Task<int?> TryPressAsync(string personKey, IReadOnlyList<PressBudget> budgets, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets every person whose newest press was before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetIdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
