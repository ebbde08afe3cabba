namespace OutcomesBot.Dialogs.CheckIns;

/// <summary>
/// The change-readiness index, 0 to 100: the mean of the pulse ratings (each 1 to 5) mapped linearly,
/// <c>(mean - 1) / 4 * 100</c>, rounded to the nearest whole number (halves away from zero). All 1s give 0, all 5s give 100,
/// all 3s give 50.
/// </summary>
public static class ReadinessIndex
{
    public static int Compute(IReadOnlyCollection<int> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0 || ratings.Any(r => r is < 1 or > 5))
        {
            throw new ArgumentException("Ratings must be whole numbers from 1 to 5, at least one.", nameof(ratings));
        }

        var mean = ratings.Average();
        return (int)Math.Round((mean - 1) / 4 * 100, MidpointRounding.AwayFromZero);
    }

    public static string Describe(int index) => index.ToString(CultureInfo.InvariantCulture) + " out of 100";
}
