namespace OutcomesBot.Dialogs.Momentum.Themes;

/// <summary>
/// The themes check-in text is sorted into. Word lists are our own, from what care staff tend to write about moving to
/// outcomes-focused practice; they are deliberately short and easy to extend. Order matters only for display ties.
/// </summary>
public static class ThemeCatalog
{
    public const string OtherId = "other";
    public const string OtherLabel = "Other points";

    public static IReadOnlyList<Theme> All { get; } =
    [
        new("time", "Time and workload", ["time", "busy", "workload", "caseload", "case load", "pressure", "overload", "rush", "deadline", "capacity", "stretched", "staffing", "short staffed", "short of staff", "too much", "backlog", "cover", "sickness"]),
        new("recording", "Paperwork and recording", ["paperwork", "record", "form ", "forms", "admin", "case note", "notes", "document", "template", "database", "system", "computer", "laptop", "write up", "writing up"]),
        new("training", "Training and skills", ["train", "course", "learn", "skill", "workshop", "induction", "e-learning", "elearning", "knowledge", "coach", "mentor", "guidance", "practice session"]),
        new("communication", "Communication and information", ["communicat", "meeting", "email", "e-mail", "inform", "messag", "update", "listen", "heard", "feedback", "told", "explain"]),
        new("managers", "Support from managers", ["manager", "managers", "management", "supervis", "leader", "team lead", "senior", "boss", "line manag"]),
        new("colleagues", "Support from colleagues", ["colleague", "peer", "teammate", "team mate", "champion", "buddy", "coworker", "co-worker", "each other"]),
        new("families", "Families and carers", ["family", "families", "carer", "relative", "parent", "son ", "daughter", "wife", "husband", "grandchild"]),
        new("resources", "Resources and money", ["budget", "money", "fund", "cost", "resource", "equipment", "financ", "cuts", "commission", "afford"]),
        new("confidence", "Confidence", ["confiden", "unsure", "not sure", "nervous", "anxious", "worried", "worry", "doubt", "comfortable", "scared"]),
        new("partnership", "Working with other services", ["partner", "agenc", "nhs", "health", "gp", "hospital", "multi-agency", "multi agency", "housing", "police", "school", "voluntary", "third sector", "other team", "other services"]),
        new("people", "Conversations with the people we support", ["outcome", "what matters", "goal", "person-centred", "person centred", "service user", "client", "resident", "the person", "strength", "conversation"]),
    ];
}
