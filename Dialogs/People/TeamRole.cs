namespace OutcomesBot.Dialogs.People;

/// <summary>What a person may do in a team. Ordered: each role can do what the ones before it can.</summary>
public enum TeamRole
{
    /// <summary>Not a member of the team as far as the bot knows.</summary>
    None,
    Staff,
    Champion,
    Leader,
}
