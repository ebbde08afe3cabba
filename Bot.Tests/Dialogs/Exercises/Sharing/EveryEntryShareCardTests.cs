using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.LearningLog;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises.Sharing;

/// <summary>
/// Every card of "send this entry to one person", with a full learning-log entry of a few sentences a field, for
/// <see cref="OutcomesBot.Bot.Tests.Support.CardGallery"/>: the validator, height and broken-word tests draw them with the others.
/// </summary>
public static class EveryEntryShareCardTests
{
    internal static IReadOnlyList<AdaptiveCard> Gather()
    {
        var at = new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);
        var exercise = new LearningLogExercise();
        const string Sentences = "I asked Mr Okafor what a good week looks like for him, and we planned the visits around his allotment rather than the rota. ";
        var entry = new ExerciseSession
        {
            SessionId = "0192f0c4a5b67c8d9e0f1a2b3c4d5e6f",
            PersonId = "person-0",
            ExerciseId = LearningLogExercise.Id,
            Status = ExerciseSessionStatus.Completed,
            Answers = ExerciseAnswers.Empty.With(
            [
                new("worked", Sentences + Sentences),
                new("didnt-work", Sentences),
                new("learning", Sentences + Sentences),
                new("application", Sentences),
                new("actions", Sentences),
            ]),
            Version = 3,
            StartedAt = at.AddDays(-2),
            UpdatedAt = at.AddDays(-1),
            CompletedAt = at.AddDays(-1),
        };
        var people = Enumerable.Range(1, 12).Select(i => new Choice($"Colleague number {i} with a long name (colleague)", $"person-{i}")).ToList();
        var forRecipient = EntryShareCards.ForRecipient(exercise, entry, "Robin Cole-Longname", at);
        var share = new EntryShare("0192f0c4a5b67c8d9e0f1a2b3c4d5e6f", "tenant-1", "person-0", "aad-0", "Robin Cole", "person-1", "aad-1", "Megan Bowen", entry.SessionId, entry.ExerciseId, at);
        return
        [
            EntryShareCards.Picker(exercise, entry, people),
            EntryShareCards.Picker(exercise, entry, people, EntryShareDialog.NobodyPicked),
            EntryShareCards.Picker(exercise, entry, []),
            // A large team's picker (decisions 064, 067): the box for anyone else's name, and a misspelt name brought back.
            EntryShareCards.Picker(exercise, entry, people, asksForName: true),
            EntryShareCards.Picker(exercise, entry, people[..2], SupportCards.DidYouMean("your teams", OutcomesBot.Bot.Tests.Dialogs.Support.EverySupportCardTests.LongTypedName, []), asksForName: true, name: OutcomesBot.Bot.Tests.Dialogs.Support.EverySupportCardTests.LongTypedName),
            forRecipient,
            EntryShareCards.Preview(forRecipient, entry, "Megan Bowen", "aad-1", share.ShareId),
            EntryShareCards.Sent("Megan Bowen"),
            EntryShareCards.Delivered(share),
            EntryShareCards.Refused(EntryShareDialog.NotInYourTeams),
        ];
    }
}
