namespace OutcomesBot.Bot.Turns.Actions;

/// <summary>
/// Every card verb prefix the registered handlers declare, read once when the host starts. A verb belongs to the handler
/// whose prefix it starts with; within one handler the longest prefix says where the button works. Two handlers whose
/// prefixes overlap (one starts with the other) stop start-up with a message naming both.
/// </summary>
public sealed class VerbTable
{
    private readonly List<(ICardActionHandler Handler, VerbPrefix Prefix)> _longestFirst;

    public VerbTable(IEnumerable<ICardActionHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var declared = handlers.SelectMany(handler => handler.Verbs.Select(prefix => (Handler: handler, Prefix: prefix))).ToList();
        foreach (var (handler, prefix) in declared)
        {
            if (string.IsNullOrWhiteSpace(prefix.Prefix))
            {
                throw new InvalidOperationException($"{handler.GetType().Name} declares an empty verb prefix.");
            }
        }

        for (var i = 0; i < declared.Count; i++)
        {
            for (var j = i + 1; j < declared.Count; j++)
            {
                var (first, second) = (declared[i], declared[j]);
                var overlap = first.Prefix.Covers(second.Prefix.Prefix) || second.Prefix.Covers(first.Prefix.Prefix);
                if (overlap && (!ReferenceEquals(first.Handler, second.Handler) || first.Prefix.Prefix == second.Prefix.Prefix))
                {
                    throw new InvalidOperationException(
                        $"The card verb prefixes \"{first.Prefix.Prefix}\" ({first.Handler.GetType().Name}) and \"{second.Prefix.Prefix}\" "
                        + $"({second.Handler.GetType().Name}) overlap. Each verb belongs to one handler.");
                }
            }
        }

        _longestFirst = [.. declared.OrderByDescending(entry => entry.Prefix.Prefix.Length)];
    }

    /// <summary>The handler and the most specific prefix for a verb, or null when no handler declares it.</summary>
    public (ICardActionHandler Handler, VerbPrefix Prefix)? Find(string verb)
    {
        ArgumentNullException.ThrowIfNull(verb);
        foreach (var entry in _longestFirst)
        {
            if (entry.Prefix.Covers(verb))
            {
                return entry;
            }
        }

        return null;
    }
}
