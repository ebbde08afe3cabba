using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Dialogs.Notes;

/// <summary>
/// The four groups of one-off 1:1 notes a person can stop (decision 096), by what the note is about, so that one stop
/// silences what the person expects and nothing more. A colleague's own request or entry to one person, a story offered
/// for approval (a colleague waits on the answer, as a request does), and the Graph permission notice to leaders, are in
/// no group: they are not stoppable.
/// </summary>
public static class NoteGroups
{
    /// <summary>"You said, we did" is queued by Scheduler (OutboxYouSaidDelivery.Kind); a test holds the two the same.</summary>
    public const string YouSaidKind = "you-said-we-did";

    public static NoteGroup Team { get; } = new("team", "Team news", "your team's news (you said, we did, and learning sets)",
        [YouSaidKind, LearningSetWelcome.JoinedKind, LearningSetEndNotice.EndedKind]);

    public static NoteGroup Stories { get; } = new("stories", "Your stories", "your stories (the answer when you offer one)",
        [StoryOffers.DecisionKind]);

    public static NoteGroup Shares { get; } = new("shares", "Your requests and shares", "your requests and shares (seen, or arrived)",
        [SupportDialog.SeenKind, EntryShareDialog.DeliveredKind]);

    public static NoteGroup Roles { get; } = new("roles", "Champion news", "champions (named, stepped down, or back in the team)",
        [ChampionNaming.NamedKind, ChampionNaming.RemovedKind, ChampionReturns.BackKind]);

    public static IReadOnlyList<NoteGroup> All { get; } = [Team, Stories, Shares, Roles];

    /// <summary>The group of that name, or null for a name no card carries (a tampered value).</summary>
    public static NoteGroup? Named(string? name) => All.FirstOrDefault(group => string.Equals(group.Name, name, StringComparison.Ordinal));

    /// <summary>The group an outbox kind belongs to, or null for a kind that cannot be stopped this way.</summary>
    public static NoteGroup? OfKind(string kind) => All.FirstOrDefault(group => group.Kinds.Contains(kind, StringComparer.Ordinal));
}
