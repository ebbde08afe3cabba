using System.Diagnostics;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.StorageBench;

/// <summary>
/// The large-team picker's typed-name search (decisions 064, 067, 072) over a roster of distinct names held in memory, as
/// a press does after reading the roster: <see cref="NameLookup.FindAsync"/> for names that find one person, several,
/// nobody, a close spelling, a short form and a name run together. Each name is looked up once to warm up, then
/// <c>rounds</c> times; the median and the slowest are printed. No store is read, so a run before and after a change of
/// the search, built side by side, can be interleaved in one session.
/// </summary>
internal static class NameSearchBenchmark
{
    private static readonly string[] GivenNames =
    [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
        "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia",
        "Siobhán", "Niamh", "Aoife", "Seán", "Ciarán", "Mohammed", "Aisha", "Fatima", "Olumide", "Chinwe",
        "Priya", "Rahul", "Anjali", "Wei", "Mei", "Tomasz", "Agnieszka", "Kateryna", "Oksana", "Mary-Ann",
        "Zoë", "Chloé", "Renée", "José", "María", "Grace", "Joy", "Precious", "Blessing", "Kwame",
    ];

    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "McDonald", "O'Connor", "Nowak",
    ];

    private static readonly string[] Typed =
    [
        "Sarah Kelly", "chris", "Nobody Here", "Jon Smyth", "Coleague", "Dave Smith", "Shivon Murphy", "johnsmith",
    ];

    // The roster of the test LargeTeamPickerCardSizeTests: "Colleague 001" and on, each near thousands of the others.
    private static readonly string[] TypedAmongColleagues = ["Coleague", "colleague042", "Colleague 42"];

    public static async Task RunAsync(int members, int rounds, bool colleagues)
    {
        var people = Enumerable.Range(0, members)
            .Select(i => new ReachablePerson(
                new TeamMember { TeamId = "team", AadObjectId = $"aad-{i:D5}", Name = colleagues ? $"Colleague {i + 1:D3}" : $"{GivenNames[i % GivenNames.Length]} {Surnames[i / GivenNames.Length % Surnames.Length]}{Suffix(i)}" },
                TeamRole.Staff))
            .ToList();
        Console.WriteLine($"Name search over {members:N0} distinct names in memory, {rounds} rounds after one to warm up");
        Console.WriteLine("| typed | found | median | slowest |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var typed in colleagues ? TypedAmongColleagues : Typed)
        {
            var lookup = await NameLookup.FindAsync(people, typed, () => Task.FromResult("My Team"));
            var times = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                await NameLookup.FindAsync(people, typed, () => Task.FromResult("My Team"));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var found = lookup.Person is not null ? "1" : lookup.Problem is { } problem && problem.Contains("Did you mean", StringComparison.Ordinal) ? $"{lookup.Offer.Listed.Count} suggested" : $"{lookup.Offer.Listed.Count} listed";
            Console.WriteLine($"| {typed} | {found} | {times[times.Count / 2]:F1} ms | {times[^1]:F1} ms |");
        }
    }

    // Past the 10,000 pairs of a given name and a surname, a number keeps every name distinct.
    private static string Suffix(int i) => i < GivenNames.Length * Surnames.Length ? "" : $" {i / (GivenNames.Length * Surnames.Length) + 1}";
}
