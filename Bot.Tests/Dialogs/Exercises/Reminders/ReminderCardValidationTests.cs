using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Exercises.Reminders;

/// <summary>Every card of the saved-exercise reminder passes the Adaptive Cards validator.</summary>
[Slow]
public sealed class ReminderCardValidationTests
{
    [Fact]
    public async Task Every_reminder_card_passes_the_Adaptive_Cards_validator() =>
        await CardValidation.AssertValidAsync("reminder", EveryReminderCardTests.Gather());
}
