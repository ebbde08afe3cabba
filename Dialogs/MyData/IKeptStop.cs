namespace OutcomesBot.Dialogs.MyData;

/// <summary>
/// A stop the person made that "delete my data" keeps, bare (decision 079): deleting their data must not start again
/// the messages they stopped. <see cref="PersonalDataControl"/> reads it before the delete and writes it back after; the
/// delete cards say so in <see cref="DescribeAsync"/>'s words.
/// </summary>
public interface IKeptStop
{
    /// <summary>What is kept, in words that follow "I keep one thing:"; null when the person stopped nothing here.</summary>
    Task<string?> DescribeAsync(PersonIdentity person, CancellationToken cancellationToken);

    /// <summary>Writes the bare stop back, after everything else about the person was deleted.</summary>
    Task KeepAsync(PersonIdentity person, CancellationToken cancellationToken);
}
