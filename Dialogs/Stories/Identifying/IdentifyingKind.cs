namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>What a piece of text looked like, when it looked as if it could identify a person.</summary>
public enum IdentifyingKind
{
    FullName,
    DateOfBirth,
    Address,
    Postcode,
    PhoneNumber,
    NhsNumber,
    ChiNumber,

    /// <summary>Text that was too long to check, or whose check did not finish in time: treated as a find, never passed.</summary>
    NotChecked,
}
