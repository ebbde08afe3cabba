namespace OutcomesBot.Bot.DemoData;

/// <summary>
/// The team the demo data describes: the Agents Playground's default team ("My Team", id <c>team-id</c>, whose General
/// channel has the same id) and its six users, with Alex Wilber (user-id-0, the Playground's current user) as its
/// leader, plus four colleagues the Playground does not know (the roster until the Playground syncs its own six). The
/// six answer 5 or 6 a week, so every week passes the threshold of 5.
/// </summary>
public static class DemoTeam
{
    public const string TeamId = "team-id";
    public const string TeamName = "My Team";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string ServiceUrl = "http://localhost:56150/_connector";

    /// <summary>How many finished weeks of answers are written: the momentum card's 12.</summary>
    public const int Weeks = 12;

    /// <summary>Alex Wilber, the Playground's current user: the team's leader (an owner in the seeded roster).</summary>
    public static DemoPerson Leader => People[0];

    /// <summary>Megan Bowen: a champion.</summary>
    public static DemoPerson Champion => People[1];

    /// <summary>Isaiah Langer: a champion who left the team and came back, so the leader is asked about them (decision 091).</summary>
    public static DemoPerson FormerChampion => People[3];

    /// <summary>The first six are the Playground's users (user-id-0 to user-id-5, with its AAD object ids).</summary>
    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new("user-id-0", "00000000-0000-0000-0000-0000000000020", "Alex Wilber"),
        new("user-id-1", "00000000-0000-0000-0000-0000000000021", "Megan Bowen"),
        new("user-id-2", "00000000-0000-0000-0000-0000000000022", "Adele Vance"),
        new("user-id-3", "00000000-0000-0000-0000-0000000000023", "Isaiah Langer"),
        new("user-id-4", "00000000-0000-0000-0000-0000000000024", "Patti Fernandez"),
        new("user-id-5", "00000000-0000-0000-0000-0000000000025", "Lynne Robbins"),
        new("user-id-6", "00000000-0000-0000-0000-0000000000026", "Jordan Reid"),
        new("user-id-7", "00000000-0000-0000-0000-0000000000027", "Priya Shah"),
        new("user-id-8", "00000000-0000-0000-0000-0000000000028", "Tom Ellis"),
        new("user-id-9", "00000000-0000-0000-0000-0000000000029", "Grace Okafor"),
    ];

    public static TeamMember Member(DemoPerson person, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new TeamMember
        {
            TeamId = TeamId, AadObjectId = person.AadObjectId, TeamsUserId = person.TeamsUserId, Name = person.Name,
            IsOwner = person == Leader, UpdatedAt = now,
        };
    }
}
