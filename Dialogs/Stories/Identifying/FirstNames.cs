namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// Common first names in UK care settings, our own short list. A capitalised pair is taken for a full name only when
/// its first word is here, so that phrases like "Care Plan" or "Social Work" pass.
/// </summary>
internal static class FirstNames
{
    public static readonly HashSet<string> All = new(
        [
            "Aaron", "Abdul", "Abigail", "Adam", "Agnes", "Ahmed", "Aisha", "Alan", "Albert", "Alex", "Alexander", "Alice", "Alison",
            "Amanda", "Amelia", "Amy", "Andrew", "Angela", "Ann", "Anna", "Anne", "Anthony", "Arthur", "Barbara", "Ben", "Benjamin",
            "Beryl", "Betty", "Brenda", "Brian", "Callum", "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Charlotte",
            "Chloe", "Chris", "Christine", "Claire", "Colin", "Connor", "Craig", "Daniel", "David", "Deborah", "Dennis", "Derek",
            "Diane", "Donald", "Doreen", "Doris", "Dorothy", "Edith", "Edward", "Eileen", "Eleanor", "Elizabeth", "Ella", "Ellie",
            "Emily", "Emma", "Eric", "Ethan", "Evelyn", "Fatima", "Fiona", "Frances", "Frank", "Freya", "Gary", "George", "Gillian",
            "Gordon", "Grace", "Graham", "Hamish", "Hannah", "Harry", "Hazel", "Helen", "Henry", "Ian", "Iain", "Irene", "Isla",
            "Jack", "Jacob", "James", "Jamie", "Jane", "Janet", "Jean", "Jennifer", "Jessica", "Joan", "John", "Jonathan", "Joseph",
            "Joshua", "Joyce", "Julie", "Karen", "Kathleen", "Kenneth", "Kevin", "Laura", "Leah", "Leo", "Lewis", "Liam", "Lily",
            "Linda", "Lisa", "Louise", "Lucy", "Mackenzie", "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matthew",
            "Maureen", "Megan", "Michael", "Mohammed", "Muhammad", "Nancy", "Nicola", "Noah", "Oliver", "Olivia", "Oscar", "Patricia",
            "Paul", "Pauline", "Peter", "Rachel", "Rebecca", "Richard", "Robert", "Ruby", "Ruth", "Ryan", "Samuel", "Sandra", "Sarah",
            "Scott", "Sharon", "Shirley", "Sophie", "Stephen", "Steven", "Stuart", "Susan", "Thomas", "Tom", "Valerie", "Victoria",
            "Wendy", "William", "Zara",
        ],
        StringComparer.Ordinal);

    /// <summary>Second words that make a capitalised pair a thing rather than a person ("Grace Period", "Mark Sheet").</summary>
    public static readonly HashSet<string> PhraseWords = new(
        [
            "Plan", "Plans", "Care", "Team", "Centre", "Center", "Home", "House", "Service", "Services", "Day", "Days", "Night",
            "Worker", "Manager", "Review", "Meeting", "Period", "Street", "Road", "Lane", "Ward", "Unit", "Hospital", "Court",
            "Award", "Trust", "Foundation", "Fund", "Hall", "Park", "School", "College", "Group", "Club", "Week", "Month",
        ],
        StringComparer.Ordinal);
}
