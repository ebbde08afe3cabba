using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;

namespace OutcomesBot.Bot.Tests.Dialogs.CheckIns;

/// <summary>Walks the check-in through every card it can send, writes them out and has the Adaptive Cards validator check them.</summary>
[Slow]
public sealed class EveryCheckInCardTests
{
    [Fact]
    public async Task Every_check_in_card_passes_the_Adaptive_Cards_validator()
    {
        var cards = await GatherAsync();

        await CardValidation.AssertValidAsync("checkin", cards);
        Assert.Equal(17, cards.Count);
    }

    /// <summary>Every card a check-in can show (also for <see cref="CardGallery"/>).</summary>
    internal static async Task<IReadOnlyList<AdaptiveCard>> GatherAsync()
    {
        await using var bot = await CheckInDriver.CreateAsync();
        await bot.SendAsync(CheckInVerbs.Open);
        await bot.PressAsync("Send", CheckInDialogTests.Weekly("9"));
        var support = CheckInDialogTests.Weekly();
        support["wants-support"] = "true";
        await bot.PressAsync("Send", support);
        await bot.PressAsync("Change my answer");
        await bot.PressAsync("Snooze 3 hours");
        await bot.PressAsync("Check in now");
        await bot.PressAsync("Pause for 4 weeks");
        await bot.PressAsync("Resume check-ins");
        await bot.PressAsync("Stop check-ins");
        await bot.SendAsync("checkin.unknown");
        var cycle = await bot.OpenTeamCycleAsync("team-1", pulse: true);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(cycle));
        await bot.PressAsync("Send", CheckInDialogTests.Monthly(0));
        await bot.PressAsync("Send", CheckInDialogTests.Monthly(5));
        bot.Clock.Advance(TimeSpan.FromDays(30));
        await bot.SendAsync(CheckInVerbs.Submit, CheckInCards.CycleData(cycle));
        var rotated = await bot.OpenTeamCycleAsync("team-1", pulse: true, conditions: PulseRotation.Groups[0]);
        await bot.SendAsync(CheckInVerbs.Open, CheckInCards.CycleData(rotated));
        await bot.PressAsync("Send", CheckInDialogTests.Weekly());
        await bot.PressAsync("Send", PulseRotationTests.Rated(PulseRotation.Groups[0], 2));
        return bot.Shown;
    }
}
