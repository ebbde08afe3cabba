using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// Every card of a support request, with the longest text a person can write in it, for <see cref="OutcomesBot.Bot.Tests.Support.CardGallery"/>:
/// the height and rendering tests draw them with the others.
/// </summary>
public static class EverySupportCardTests
{
    // As long as the box takes: a tired thumb's name with its typos.
    internal static readonly string LongTypedName = string.Concat(Enumerable.Repeat("Chrsitine Mcdonnal-Smyth ", 10))[..PersonNameMatch.MaxTypedLength].TrimEnd();

    internal static IReadOnlyList<AdaptiveCard> Gather()
    {
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);
        var about = string.Join(' ', Enumerable.Repeat("I am finding the Tuesday visits hard to plan around what matters to the person.", 6));
        var people = Enumerable.Range(1, 12).Select(i => new Choice($"Colleague number {i} with a long name", $"person-{i}")).ToList();
        var named = new NamedSupportRequest(
            new SupportRequest("req-1", "tenant-1", "team-1", "person-0", "aad-0", "Sam Asker-Longname", about, at),
            new SupportRecipient("req-1", "person-1", "aad-1", "Megan Bowen", at));
        var seen = named with { Recipient = named.Recipient with { SeenAt = at.AddHours(1) } };
        return
        [
            SupportCards.Choose("cycle-1", people),
            SupportCards.Choose("cycle-1", people, "Please choose someone from the list, or keep it anonymous."),
            // A large team's card (decisions 064, 067): leaders and champions listed, a box for anyone else's name, and a
            // misspelt name brought back with the people it nearly names.
            SupportCards.Choose("cycle-1", people, about: about, asksForName: true),
            SupportCards.Choose("cycle-1", people[..3], SupportCards.DidYouMean("My Team with a long team name", LongTypedName, []), about, asksForName: true, name: LongTypedName),
            SupportCards.Sent("Megan Bowen"),
            SupportCards.KeptAnonymous(countedForTeam: true),
            SupportCards.KeptAnonymous(countedForTeam: false),
            SupportCards.ForRecipient(named, "My Team"),
            SupportCards.Acknowledged(seen),
            SupportCards.SeenByRecipient("Megan Bowen"),
            SupportCards.List([named, seen, named with { Request = named.Request with { RequestId = "req-2", About = null } }], TimeZoneInfo.Utc),
            SupportCards.List([], TimeZoneInfo.Utc),
            SupportCards.Refused("That request is not one of yours."),
        ];
    }
}
