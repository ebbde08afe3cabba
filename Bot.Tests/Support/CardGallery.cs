using System.Text.Json;
using OutcomesBot.Bot.Tests.Cards;
using OutcomesBot.Bot.Tests.Dialogs.Champions;
using OutcomesBot.Bot.Tests.Dialogs.CheckIns;
using OutcomesBot.Bot.Tests.Dialogs.Exercises;
using OutcomesBot.Bot.Tests.Dialogs.Momentum;
using OutcomesBot.Bot.Tests.Dialogs.Stories;
using OutcomesBot.Bot.Tests.PersonalData;
using OutcomesBot.Cards.Model;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The one list of every card the bot can send, for the tests that look at all of them at once (the rendered height
/// test). Each feature's Every*CardTests walks its feature through every card and hands them over here as well as to
/// the validator. A new feature adds one line: its name (the prefix of its cards' names) and its gatherer.
/// </summary>
public static class CardGallery
{
    public static IReadOnlyList<CardProducer> Producers { get; } =
    [
        new("builtin", () => Named(BuiltInCardsValidationTests.Cards)),
        new("team", () => Named(TeamCardsValidationTests.Cards)),
        new("checkin", async () => Numbered(await EveryCheckInCardTests.GatherAsync())),
        new("rhythm", () => Task.FromResult(Numbered(EveryRhythmCardTests.Gather()))),
        new("momentum", async () => Numbered(await EveryMomentumCardTests.GatherAsync())),
        new("exercise", async () => Numbered(await EveryExerciseCardTests.GatherAllAsync())),
        new("learning", async () => Numbered(await EveryLearningSetCardTests.GatherAsync())),
        new("story", async () => Numbered(await EveryStoryCardTests.GatherAsync())),
        new("mydata", () => Task.FromResult(Numbered(EveryMyDataCardTests.Gather()))),
        new("support", () => Task.FromResult(Numbered(OutcomesBot.Bot.Tests.Dialogs.Support.EverySupportCardTests.Gather()))),
        new("priorities", () => Task.FromResult(Numbered(OutcomesBot.Bot.Tests.Dialogs.Momentum.TeamPriorities.EveryTeamPrioritiesCardTests.Gather()))),
        new("told", () => Task.FromResult(Numbered(EveryToldCardTests.Gather()))),
        new("entryshare", () => Task.FromResult(Numbered(OutcomesBot.Bot.Tests.Dialogs.Exercises.Sharing.EveryEntryShareCardTests.Gather()))),
        new("reminder", () => Task.FromResult(Numbered(OutcomesBot.Bot.Tests.Dialogs.Exercises.Reminders.EveryReminderCardTests.Gather()))),
    ];

    /// <summary>Every card of every producer as JSON, named <c>{producer}-{name}</c>.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> GatherAllAsync()
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var producer in Producers)
        {
            foreach (var (name, json) in await producer.GatherAsync())
            {
                all.Add($"{producer.Name}-{name}", json);
            }
        }

        return all;
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Numbered(IEnumerable<AdaptiveCard> cards) => Numbered(cards.Select(CardJson.Serialize));

    public static IReadOnlyList<KeyValuePair<string, string>> Numbered(IEnumerable<JsonElement> cards) => Numbered(cards.Select(card => card.GetRawText()));

    public static IReadOnlyList<KeyValuePair<string, string>> Numbered(IEnumerable<string> cards) =>
        cards.Select((json, i) => KeyValuePair.Create(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), json)).ToList();

    private static Task<IReadOnlyList<KeyValuePair<string, string>>> Named(IReadOnlyDictionary<string, AdaptiveCard> cards) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>(cards.Select(card => KeyValuePair.Create(card.Key, CardJson.Serialize(card.Value))).ToList());
}
