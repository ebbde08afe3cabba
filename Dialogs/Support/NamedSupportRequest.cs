namespace OutcomesBot.Dialogs.Support;

/// <summary>A named support request with both of its sides; a request whose asker or recipient deleted their data is not one.</summary>
public sealed record NamedSupportRequest(SupportRequest Request, SupportRecipient Recipient)
{
    public bool IsOpen => Recipient.DoneAt is null;
}
