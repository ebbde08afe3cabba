using OutcomesBot.Cards.Fields;

namespace OutcomesBot.Bot.Tests.Cards.Fields;

public sealed class ScheduleTextTests
{
    [Theory]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData(" friday ", DayOfWeek.Friday)]
    [InlineData("SUNDAY", DayOfWeek.Sunday)]
    public void TryParseDay_takes_a_day_name_in_any_case(string text, DayOfWeek expected)
    {
        Assert.True(ScheduleText.TryParseDay(text, out var day));
        Assert.Equal(expected, day);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("42")]
    [InlineData("Funday")]
    [InlineData("Monday,Tuesday")]
    public void TryParseDay_refuses_numbers_and_unknown_names(string? text) => Assert.False(ScheduleText.TryParseDay(text, out _));

    [Theory]
    [InlineData("09:30", 9, 30)]
    [InlineData("9:30", 9, 30)]
    [InlineData("23:59", 23, 59)]
    public void TryParseTime_takes_hours_and_minutes(string text, int hour, int minute)
    {
        Assert.True(ScheduleText.TryParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("24:00")]
    [InlineData("9.30")]
    [InlineData("09:30:00")]
    [InlineData("half nine")]
    public void TryParseTime_refuses_anything_else(string? text) => Assert.False(ScheduleText.TryParseTime(text, out _));

    [Fact]
    public void IsKnownZone_takes_known_ids_and_refuses_unknown_or_overlong_ones()
    {
        Assert.True(ScheduleText.IsKnownZone("Europe/London"));
        Assert.False(ScheduleText.IsKnownZone("Mars/Olympus"));
        Assert.False(ScheduleText.IsKnownZone(null));
        Assert.False(ScheduleText.IsKnownZone(new string('a', 65)));
    }
}
