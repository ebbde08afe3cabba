namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>A stretch of text that looked identifying: where it starts, how long it is, and the text itself.</summary>
public sealed record IdentifyingFinding(IdentifyingKind Kind, int Start, int Length, string Snippet)
{
    public int End => Start + Length;

    /// <summary>The whole text, flagged because it could not be checked (see <see cref="IdentifyingKind.NotChecked"/>).</summary>
    public static IdentifyingFinding NotChecked(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(IdentifyingKind.NotChecked, 0, text.Length, text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…");
    }

    /// <summary>How the kind reads on a card.</summary>
    public string Describe() => Kind switch
    {
        IdentifyingKind.FullName => "a person's name",
        IdentifyingKind.DateOfBirth => "a date or date of birth",
        IdentifyingKind.Address => "an address",
        IdentifyingKind.Postcode => "a postcode",
        IdentifyingKind.PhoneNumber => "a phone number",
        IdentifyingKind.NhsNumber => "an NHS number",
        IdentifyingKind.NotChecked => "text I could not check for identifying details (too long or too complex): please shorten it",
        _ => "a CHI number",
    };
}
