using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// The two misses decision 072 left open (decision 082): a name split apart with a letter wrong ("mc donld"), and a
/// short form or sound-alike with a letter wrong ("Shivonn"). Each is suggested, after a name spelt a letter out; an
/// initial does not bring in strangers ("J Smith" is not Sam Smith, "Jon S" not Ann Jones).
/// </summary>
public sealed class PersonNameMatchMissesTests
{
    [Theory]
    [InlineData("mc donld", "Sarah McDonald")]
    [InlineData("sarah mc donld", "Sarah McDonald")]
    [InlineData("o conor", "Mary O'Connor")]
    [InlineData("mary ane", "Maryanne Baker")]
    public void A_name_split_apart_with_a_letter_wrong_is_suggested(string typed, string expected)
    {
        var people = People("Sarah McDonald", "Mary O'Connor", "Maryanne Baker", "Don Allen", "Ann Connor");

        Assert.Empty(PersonNameMatch.Find(people, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(people, typed)));
    }

    [Theory]
    [InlineData("Shivonn", "Siobhán Murphy")]
    [InlineData("shivonn murphy", "Siobhán Murphy")]
    [InlineData("Stevenn Clarke", "Stephen Clarke")]
    [InlineData("Shaunn", "Seán Doyle")]
    [InlineData("Maggiee Lee", "Margaret Lee")]
    public void A_short_form_or_sound_alike_with_a_letter_wrong_is_suggested(string typed, string expected)
    {
        var people = People("Siobhán Murphy", "Stephen Clarke", "Seán Doyle", "Sam James", "Margaret Lee");

        Assert.Empty(PersonNameMatch.Find(people, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(people, typed)));
    }

    [Fact]
    public void A_name_spelt_a_letter_out_comes_before_a_given_name_a_letter_out()
    {
        // "Shivonn" is a letter from Shivon Kelly as spelt, and a letter from Shivon, so Siobhán, through the table.
        var people = People("Siobhán Murphy", "Shivon Kelly");

        Assert.Equal(["Shivon Kelly", "Siobhán Murphy"], Names(PersonNameMatch.Close(people, "Shivonn")));
    }

    [Theory]
    [InlineData("J Smith")]
    [InlineData("Jon S")]
    [InlineData("mc d")]
    public void An_initial_does_not_drift_onto_another_name(string typed)
    {
        var people = People("Sam Smith", "Ann Jones", "Bob Hughes", "Robert Price", "Sarah McDonald");

        Assert.Empty(PersonNameMatch.Close(people, typed));
    }

    private static List<ReachablePerson> People(params string[] names) =>
        [.. names.Select((name, i) => new ReachablePerson(new TeamMember { TeamId = "team", AadObjectId = $"aad-{i}", Name = name }, TeamRole.Staff))];

    private static List<string> Names(IEnumerable<ReachablePerson> people) => [.. people.Select(p => p.Member.Name!)];
}
