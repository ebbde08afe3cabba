namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// How often one person may have a typed name looked up on a large team's picker: the support request's and the entry
/// share's together, so many a minute (decision 082) and so many an hour (decision 085). Each look-up reads a roster and
/// answers with up to 40 names or 5 suggestions, so without a limit a script could page through a whole roster by letters.
/// </summary>
public interface INamePressLimit
{
    /// <summary>
    /// Counts one look-up by the sender (their Entra object id, else their Teams id); anything but
    /// <see cref="NameLookUpAllowance.Allowed"/> means they are over a limit, and then nothing is to be looked up. The
    /// count is shared by every instance of the bot and kept over a restart (decision 098).
    /// </summary>
    Task<NameLookUpAllowance> TryLookUpAsync(string? aadObjectId, string personId, CancellationToken cancellationToken);
}
