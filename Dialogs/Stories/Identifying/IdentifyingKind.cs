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
}
