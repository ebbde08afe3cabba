using OutcomesBot.Bot.Tests.Scheduler.Reminders;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Storage.AzureTables;

/// <summary>The saved-exercise reminder through the whole bot with <c>Storage:Provider = AzureTables</c>.</summary>
[Slow]
public sealed class SavedExerciseReminderOnAzuriteTests(Azurite azurite)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_saved_a_week_ago_gets_one_reminder_on_Azure_Tables_and_Carry_on_resumes_it() =>
        await SavedExerciseReminderTests.OneReminderThenCarryOnAsync(await azurite.StorageSettingsAsync("bot", Token));

    [Fact]
    public async Task Stop_reminding_me_is_kept_on_Azure_Tables_and_in_my_data() =>
        await SavedExerciseReminderTests.TurnedOffAsync(await azurite.StorageSettingsAsync("bot", Token));
}
