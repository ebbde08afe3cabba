namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>A stretch of text that looked identifying: where it starts, how long it is, and the text itself.</summary>
public sealed record IdentifyingFinding(IdentifyingKind Kind, int Start, int Length, string Snippet)
{
    public int End => Start + Length;

    /// <summary>How the kind reads on a card.</summary>
    public string Describe() => Kind switch
    {
        IdentifyingKind.FullName => "a person's name",
        IdentifyingKind.DateOfBirth => "a date or date of birth",
        IdentifyingKind.Address => "an address",
        IdentifyingKind.Postcode => "a postcode",
        IdentifyingKind.PhoneNumber => "a phone number",
        IdentifyingKind.NhsNumber => "an NHS number",
        _ => "a CHI number",
    };
}
