namespace OutcomesBot.Dialogs.Support;

/// <summary>
/// How often one person may have a typed name looked up on a large team's picker: the support request's and the entry
/// share's together (decision 082). Each look-up reads a roster and answers with up to 40 names or 5 suggestions, so
/// without a limit a script could page through a whole roster by letters.
/// </summary>
public interface INamePressLimit
{
    /// <summary>
    /// Counts one look-up by the sender (their Entra object id, else their Teams id); false when they are over the limit,
    /// and then nothing is to be looked up.
    /// </summary>
    bool TryLookUp(string? aadObjectId, string personId);
}
