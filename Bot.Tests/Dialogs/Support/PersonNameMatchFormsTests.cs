using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// Names a letter or two of spelling does not reach (decision 072): a short form of the given name ("Dave"), a spelling
/// said alike ("Shivon"), and a name run together or split apart ("johnsmith", "mc donald"). None is found as typed; each
/// is suggested, exact-ish first, and none brings in strangers: a short form is matched only to its own given name and
/// only as the first word.
/// </summary>
public sealed class PersonNameMatchFormsTests
{
    private static readonly IReadOnlyList<ReachablePerson> Team = People(
        "Edward Price", "Elizabeth Kelly", "Beth Turner", "Robert Hughes", "Katherine Ward", "Sam James", "Margaret Lee",
        "Bill Owen", "Siobhán Murphy", "Niamh Walsh", "Stephen Clarke", "Seán Doyle", "John Smith", "Rosemary Hill",
        "Jane Roberts");

    [Theory]
    [InlineData("Ted Price", "Edward Price")]
    [InlineData("liz", "Elizabeth Kelly")]
    [InlineData("Bob", "Robert Hughes")]
    [InlineData("Jack Smith", "John Smith")]
    [InlineData("Mags", "Margaret Lee")]
    [InlineData("William Owen", "Bill Owen")]
    public void A_short_form_of_the_given_name_or_the_name_of_a_short_form_is_suggested(string typed, string expected)
    {
        Assert.Empty(PersonNameMatch.Find(Team, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(Team, typed)));
    }

    [Fact]
    public void A_short_form_meets_only_the_given_name()
    {
        // "Jim" is James, but Sam James's given name is Sam.
        Assert.Empty(PersonNameMatch.Close(Team, "Jim"));

        Assert.Equal(["James Cole"], Names(PersonNameMatch.Close(People("Sam James", "James Cole"), "Jim")));
    }

    [Theory]
    [InlineData("Shivon", "Siobhán Murphy")]
    [InlineData("neve walsh", "Niamh Walsh")]
    [InlineData("Steven Clarke", "Stephen Clarke")]
    [InlineData("Steve", "Stephen Clarke")]
    [InlineData("Shaun Doyle", "Seán Doyle")]
    public void A_given_name_said_alike_but_spelt_apart_is_suggested(string typed, string expected)
    {
        Assert.Empty(PersonNameMatch.Find(Team, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(Team, typed)));
    }

    [Theory]
    [InlineData("johnsmith", "John Smith")]
    [InlineData("johnsmyth", "John Smith")]
    [InlineData("mcdonald", "Sarah Mc Donald")]
    [InlineData("oconnor", "Mary O'Connor")]
    [InlineData("maryann baker", "Mary-Ann Baker")]
    public void A_name_run_together_is_suggested_first(string typed, string expected)
    {
        // Sarah MacDonald and Ann Connor are a letter from "mcdonald" and "oconnor", listed before the names run together.
        var people = People("Sarah MacDonald", "Ann Connor", "John Smith", "Sarah Mc Donald", "Mary O'Connor", "Mary-Ann Baker");

        Assert.Empty(PersonNameMatch.Find(people, typed));

        Assert.Equal(expected, Names(PersonNameMatch.Close(people, typed)).First());
    }

    [Theory]
    [InlineData("mc donald", "Sarah McDonald")]
    [InlineData("sarah mc donald", "Sarah McDonald")]
    [InlineData("mary ann", "Maryann Baker")]
    public void A_name_split_apart_is_suggested(string typed, string expected)
    {
        var people = People("Sarah McDonald", "Maryann Baker", "Don Allen");

        Assert.Empty(PersonNameMatch.Find(people, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(people, typed)));
    }

    [Fact]
    public void Two_short_forms_of_one_name_are_not_taken_for_each_other_while_the_name_itself_is()
    {
        // Liz and Beth are both Elizabeth, but someone typing "Beth" means a Beth (or Bethany), not a Liz.
        var people = People("Liz Kelly", "Elizabeth Turner", "Bethany Cole");

        Assert.Equal(["Elizabeth Turner"], Names(PersonNameMatch.Close(people, "Beth Turner")));
        Assert.Empty(PersonNameMatch.Close(people, "Beth Kelly"));
    }

    [Fact]
    public void The_same_name_spelt_as_typed_comes_before_a_short_form_which_comes_before_a_letter_wrong()
    {
        // "davesmith" is Dave Smith run together, a letter from Dane Smith and two from David Smith. Typed "Dave Smith",
        // David is its short form's name and Dane a letter out (before, the two were level, and Dane came first).
        var people = People("Dane Smith", "David Smith", "Dave Smith");

        Assert.Equal(["Dave Smith", "Dane Smith", "David Smith"], Names(PersonNameMatch.Close(people, "davesmith")));
        Assert.Equal(["David Smith", "Dane Smith"], Names(PersonNameMatch.Close(People("Dane Smith", "David Smith"), "Dave Smith")));
    }

    [Fact]
    public void A_short_form_is_used_only_on_a_miss_so_someone_called_as_typed_is_found_alone()
    {
        var people = People("Robert Price", "Bob Jones");

        Assert.Equal(["Bob Jones"], Names(PersonNameMatch.Find(people, "Bob")));
        Assert.Equal(["Robert Price"], Names(PersonNameMatch.Close(people, "Bob Price")));
    }

    [Fact]
    public void A_short_form_shared_by_many_suggests_a_handful_in_the_picker_s_order()
    {
        var people = People([.. Enumerable.Range(1, 12).Select(i => $"Robert Colleague{i:D2}")]);

        Assert.Equal(
            ["Robert Colleague01", "Robert Colleague02", "Robert Colleague03", "Robert Colleague04", "Robert Colleague05"],
            Names(PersonNameMatch.Close(people, "Bob")));
    }

    [Fact]
    public void Words_run_together_letter_for_letter_come_before_words_a_letter_out()
    {
        // "anna bel" is Annabel run together; Ann Abel is a letter out in each word.
        var people = People("Ann Abel", "Annabel Price");

        Assert.Equal(["Annabel Price", "Ann Abel"], Names(PersonNameMatch.Close(people, "anna bel")));
    }

    private static List<ReachablePerson> People(params string[] names) =>
        [.. names.Select((name, i) => new ReachablePerson(new TeamMember { TeamId = "team", AadObjectId = $"aad-{i}", Name = name }, TeamRole.Staff))];

    private static List<string> Names(IEnumerable<ReachablePerson> people) => [.. people.Select(p => p.Member.Name!)];
}
