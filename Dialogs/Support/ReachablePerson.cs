namespace OutcomesBot.Dialogs.Support;

/// <summary>Someone a staff member may pick: a member of their team the bot can reach, with their role in that team.</summary>
public sealed record ReachablePerson(TeamMember Member, TeamRole Role)
{
    public Choice Choice => new($"{Member.Name ?? "Unnamed colleague"} ({SupportPeople.Describe(Role)})", Member.AadObjectId);
}
