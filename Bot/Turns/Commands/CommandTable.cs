namespace OutcomesBot.Bot.Turns.Commands;

/// <summary>
/// Every typed command the registered handlers declare, read once when the host starts: which handler answers a
/// wording, and the listed commands in their order (the help card, the manifest test). A wording claimed twice, or one
/// that a command taking arguments would also take, stops start-up with a message naming both handlers.
/// </summary>
public sealed class CommandTable
{
    private readonly Dictionary<string, (ITextCommandHandler Handler, BotCommand Command)> _byWord = new(StringComparer.Ordinal);
    private readonly List<(ITextCommandHandler Handler, BotCommand Command)> _withArguments = [];

    public CommandTable(IEnumerable<ITextCommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var declared = handlers.SelectMany(handler => handler.Commands.Select(command => (Handler: handler, Command: command))).ToList();
        foreach (var entry in declared)
        {
            foreach (var word in entry.Command.Words)
            {
                if (!_byWord.TryAdd(word, entry))
                {
                    throw Overlap($"The command word \"{word}\"", _byWord[word], entry);
                }
            }

            if (entry.Command.TakesArguments)
            {
                _withArguments.Add(entry);
            }
        }

        foreach (var taking in _withArguments)
        {
            var prefix = taking.Command.Name + " ";
            if (_byWord.FirstOrDefault(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)) is { Key: { } word } other)
            {
                throw Overlap($"The command word \"{word}\" (also \"{taking.Command.Name}\" with arguments)", taking, other.Value);
            }
        }

        Listed = [.. declared.Select(entry => entry.Command).Where(command => command.InHelp).OrderBy(command => command.Order)];
    }

    /// <summary>The commands the help card and the manifest list, in their order.</summary>
    public IReadOnlyList<BotCommand> Listed { get; }

    /// <summary>The handler and declaration for a normalised command, or null when no handler declares it.</summary>
    public (ITextCommandHandler Handler, BotCommand Command)? Find(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_byWord.TryGetValue(command, out var entry))
        {
            return entry;
        }

        foreach (var taking in _withArguments)
        {
            if (taking.Command.Matches(command))
            {
                return taking;
            }
        }

        return null;
    }

    private static InvalidOperationException Overlap(string what, (ITextCommandHandler Handler, BotCommand Command) first, (ITextCommandHandler Handler, BotCommand Command) second) =>
        new($"{what} is claimed twice: by {first.Handler.GetType().Name} (command \"{first.Command.Name}\") and by {second.Handler.GetType().Name} (command \"{second.Command.Name}\"). Each wording belongs to one command.");
}
