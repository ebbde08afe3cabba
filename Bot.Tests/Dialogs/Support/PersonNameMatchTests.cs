using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Support;

namespace OutcomesBot.Bot.Tests.Dialogs.Support;

/// <summary>
/// A name typed with a letter or two wrong on a large team's picker (decision 067): the people it nearly spells are found
/// to suggest, best first and a handful at most, while a short word finds no stranger.
/// </summary>
public sealed class PersonNameMatchTests
{
    private static readonly IReadOnlyList<ReachablePerson> Team = People(
        "John Smith", "Sarah McDonald", "Zoë Martin", "Christopher Wilberforce", "Siobhán O'Neill", "Pam Jones", "Don Price",
        "Chris Evans", "Chris Doyle", "Joanna Baker", "Ron Smith");

    [Theory]
    [InlineData("Jon Smyth", "John Smith")]
    [InlineData("john smoth", "John Smith")]
    [InlineData("J Smyth", "John Smith")]
    [InlineData("sarah mcdonlad", "Sarah McDonald")]
    [InlineData("Zoe Mratin", "Zoë Martin")]
    [InlineData("siobahn", "Siobhán O'Neill")]
    public void A_letter_wrong_or_two_swapped_finds_the_person(string typed, string expected)
    {
        Assert.Empty(PersonNameMatch.Find(Team, typed));

        Assert.Equal(expected, Names(PersonNameMatch.Close(Team, typed)).First());
    }

    [Theory]
    [InlineData("sara mcdonld", "Sarah McDonald")]
    [InlineData("Zoe Martn", "Zoë Martin")]
    [InlineData("ZOE MARIN", "Zoë Martin")]
    [InlineData("Cristopher", "Christopher Wilberforce")]
    [InlineData("chris wilbrforc", "Christopher Wilberforce")]
    public void Missing_letters_find_the_person_one_in_a_short_word_and_two_in_a_long_one(string typed, string expected)
    {
        Assert.Empty(PersonNameMatch.Find(Team, typed));

        Assert.Equal([expected], Names(PersonNameMatch.Close(Team, typed)));
    }

    [Theory]
    [InlineData("Zoe Martn", "Zoë Mártin")]
    [InlineData("Zoë Màrtn", "Zoë Mártin")]
    [InlineData("Siobhàn Kely", "Siobhan Kelly")]
    public void Accents_typed_or_left_out_are_not_wrong_letters(string typed, string expected)
    {
        var people = People("Zoë Mártin", "Siobhan Kelly", "Zoe Smith");

        Assert.Equal([expected], Names(PersonNameMatch.Close(people, typed)));
    }

    [Theory]
    [InlineData("Dan", "Dan Price", "Don Price")]
    [InlineData("Pan", "Pan Jones", "Pam Jones")]
    [InlineData("Jon S", "Jon Smith", "John Smith")]
    [InlineData("Smytth", "Smyth", "John Smith")]
    [InlineData("Smyht", "Smyth", "John Smith")]
    [InlineData("Chritsofer", "Christofer", "Christopher Wilberforce")]
    [InlineData(" ,. ", "Zoe Martn", "Zoë Martin")]
    public void A_short_word_or_too_many_wrong_letters_find_nobody_where_a_closer_spelling_finds_the_person(string typed, string closer, string expected)
    {
        // A word of three letters alone, or beside an initial, is taken as typed: "Dan" is a letter from Don, "Pan" from
        // Pam, "Jon" from John and Ron. "Smytth" and "Smyht" are two letters from Smith, "Chritsofer" three from Christopher.
        Assert.Empty(PersonNameMatch.Close(Team, typed));

        Assert.Equal(expected, Names(PersonNameMatch.Close(Team, closer)).First());
    }

    [Fact]
    public void A_three_letter_word_may_be_a_letter_out_beside_a_longer_word_but_only_as_a_whole_word()
    {
        // "Jon" is a letter from John, Ron and Jo; Joanna only starts near "Jon", which is not enough for so short a word.
        var people = People("John Smith", "Joanna Smith", "Ron Smith", "Jo Smith");

        Assert.Equal(["John Smith", "Ron Smith", "Jo Smith"], Names(PersonNameMatch.Close(people, "Jon Smith")));
    }

    [Fact]
    public void The_closest_come_first_and_no_more_than_a_handful()
    {
        var people = People(
            "Chris Boyle", "Kris Doyle", "Chrissie Doyle", "Christine Doyle", "Chris Doyle", "Christian Doyle", "Chris Doyles", "Christa Doyle");

        var close = Names(PersonNameMatch.Close(people, "Chirs Doyle"));

        // One swap from Chris Doyle's whole name; one from the start of the first name of the next four (kept in the order
        // given); Chris Boyle is two letters out, so after them, and past the handful; Kris is three letters from "chirs".
        Assert.Equal(["Chris Doyle", "Chrissie Doyle", "Christine Doyle", "Christian Doyle", "Chris Doyles"], close);
    }

    private static List<ReachablePerson> People(params string[] names) =>
        [.. names.Select((name, i) => new ReachablePerson(new TeamMember { TeamId = "team", AadObjectId = $"aad-{i}", Name = name }, TeamRole.Staff))];

    private static List<string> Names(IEnumerable<ReachablePerson> people) => [.. people.Select(p => p.Member.Name!)];
}
