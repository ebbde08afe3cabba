namespace OutcomesBot.Dialogs.Welcome;

/// <summary>Where a command is offered (the manifest's command lists); a personal command typed elsewhere opens the 1:1 chat.</summary>
[Flags]
public enum CommandScopes
{
    None = 0,
    Personal = 1,
    Channel = 2,
    GroupChat = 4,
    Everywhere = Personal | Channel | GroupChat,
}
