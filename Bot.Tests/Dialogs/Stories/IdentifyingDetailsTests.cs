using System.Text.RegularExpressions;
using OutcomesBot.Dialogs.Stories.Identifying;

namespace OutcomesBot.Bot.Tests.Dialogs.Stories;

/// <summary>Each kind of identifying detail is caught with the text that looked identifying; everyday care writing passes.</summary>
public sealed class IdentifyingDetailsTests
{
    [Theory]
    [InlineData("We visited Margaret Thompson every week.", "Margaret Thompson")]
    [InlineData("John McDonald said he felt safer.", "John McDonald")]
    [InlineData("Aisha O'Brien-Kelly chose her own support.", "Aisha O'Brien-Kelly")]
    [InlineData("Her daughter, Mrs Patel, was there.", "Mrs Patel")]
    public void Full_names_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.FullName, snippet);

    [Theory]
    [InlineData("The Care Plan now starts from what matters to him.")]
    [InlineData("Social Work and the Day Centre met together.")]
    [InlineData("Grace Period ended. Frank Street was mentioned in passing.")]
    [InlineData("Because we listened, he went back to the allotment.")]
    [InlineData("Mark Ward staff joined the review.")]
    public void Capitalised_phrases_that_are_not_names_pass(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Theory]
    [InlineData("She was born on 12 March 1941 in Leith.", "born on 12 March 1941")]
    [InlineData("DOB: 03/04/1951", "DOB: 03/04/1951")]
    [InlineData("Her birthday, 4th of July 1950, is coming.", "4th of July 1950")]
    [InlineData("Reviewed on 14.02.2025 with the family.", "14.02.2025")]
    [InlineData("Date of birth was on the form.", "Date of birth")]
    public void Dates_and_dates_of_birth_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.DateOfBirth, snippet);

    [Theory]
    [InlineData("On Tuesday in March she went to the café.")]
    [InlineData("He has been with us for 3 years and 2 months.")]
    [InlineData("Score went from 4/10 to 8/10.")]
    public void Days_months_and_scores_pass(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Theory]
    [InlineData("He lives at 14 Acacia Avenue now.", "14 Acacia Avenue")]
    [InlineData("Moved to Flat 2, 7b Mill Lane last spring.", "Flat 2, 7b Mill Lane")]
    [InlineData("The house at 221 Baker Street has a garden.", "221 Baker Street")]
    public void Street_addresses_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.Address, snippet);

    [Theory]
    [InlineData("Postcode EH12 9DN on the referral.", "EH12 9DN")]
    [InlineData("Near SW1A 1AA.", "SW1A 1AA")]
    [InlineData("In M1 1AE", "M1 1AE")]
    public void Postcodes_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.Postcode, snippet);

    [Theory]
    [InlineData("We tried 3 new ideas on 2 visits.")]
    [InlineData("It took 45 minutes, 10 Fewer calls.")]
    public void Numbers_in_ordinary_sentences_are_not_addresses(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Theory]
    [InlineData("Call her on 07700 900123 if needed.", "07700 900123")]
    [InlineData("Landline 0131 496 0000.", "0131 496 0000")]
    [InlineData("Ring +44 7700 900123", "+44 7700 900123")]
    [InlineData("Or +44 (0)161 496 0000", "+44 (0)161 496 0000")]
    [InlineData("Mobile 07700900123", "07700900123")]
    public void Phone_numbers_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.PhoneNumber, snippet);

    [Theory]
    [InlineData("Only 0700 left in the budget.")]
    [InlineData("Visit count 01234.")]
    public void Short_numbers_are_not_phone_numbers(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Theory]
    [InlineData("NHS number 943 476 5919 on file.", "943 476 5919")]
    [InlineData("Ref 9434765919.", "9434765919")]
    public void Nhs_numbers_with_a_valid_check_digit_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.NhsNumber, snippet);

    [Theory]
    [InlineData("Number 943 476 5918 was a typo.")]
    [InlineData("Order 123 456 7890 arrived.")]
    public void Ten_digits_with_a_wrong_check_digit_are_not_nhs_numbers(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Theory]
    [InlineData("CHI 1203411234 on the letter.", "1203411234")]
    [InlineData("CHI 120341 1234.", "120341 1234")]
    public void Chi_numbers_starting_with_a_real_date_are_found(string text, string snippet) => AssertFinds(text, IdentifyingKind.ChiNumber, snippet);

    [Theory]
    [InlineData("Code 3213411234 is not a date.")]
    [InlineData("Code 1234567890 either.")]
    public void Ten_digits_that_start_with_no_date_are_not_chi_numbers(string text) => Assert.Empty(IdentifyingDetails.Find(text));

    [Fact]
    public void A_plain_story_passes()
    {
        const string Story = """
            What mattered to him was getting back to his allotment and seeing his friends from the bowling club.
            We changed his visits to the afternoon and a neighbour now walks there with him on Thursdays.
            He says he feels like himself again, and the Care Plan is written in his own words.
            """;
        Assert.Empty(IdentifyingDetails.Find(Story));
    }

    [Fact]
    public void Every_find_is_reported_with_its_place_in_the_text()
    {
        const string Text = "Margaret Thompson, 14 Acacia Avenue, EH12 9DN, 07700 900123, DOB 03/04/1951, 943 476 5919.";

        var found = IdentifyingDetails.Find(Text);

        Assert.Equal(
            [IdentifyingKind.FullName, IdentifyingKind.Address, IdentifyingKind.Postcode, IdentifyingKind.PhoneNumber, IdentifyingKind.DateOfBirth, IdentifyingKind.NhsNumber],
            found.Select(f => f.Kind));
        Assert.All(found, f => Assert.Equal(f.Snippet, Text.Substring(f.Start, f.Length).Trim()));
    }

    [Fact]
    public void A_text_longer_than_the_checked_length_is_flagged_as_not_checked_without_a_scan()
    {
        var text = "Mr A" + new string('a', 200_000) + "1";

        var found = IdentifyingDetails.Find(text);

        var finding = Assert.Single(found);
        Assert.Equal(IdentifyingKind.NotChecked, finding.Kind);
        Assert.Equal((0, text.Length), (finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Mr A", "1")]
    [InlineData("1 Aaaa ", "1")]
    [InlineData("DOB 12 ", " 1")]
    [InlineData("1 Jan", "1")]
    public void A_worst_case_text_at_the_checked_length_is_scanned_to_the_end(string start, string end)
    {
        var text = start + new string('a', IdentifyingDetails.MaxCheckedLength - start.Length - end.Length) + end;

        var found = IdentifyingDetails.Find(text);

        Assert.DoesNotContain(found, f => f.Kind == IdentifyingKind.NotChecked);
    }

    [Fact]
    public void A_scan_that_times_out_counts_as_a_finding_not_a_failure()
    {
        // A backtracking regex that cannot finish in a millisecond stands in for any pattern that runs out of time.
        var slow = new IdentifyingPattern("Slow", new Regex("(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1)), (_, _) => IdentifyingKind.FullName);
        var text = new string('a', 5_000) + "!";

        var found = IdentifyingDetails.Scan(text, [.. IdentifyingPatterns.All, slow]);

        Assert.Equal(IdentifyingKind.NotChecked, Assert.Single(found).Kind);
    }

    [Fact]
    public void Every_pattern_runs_on_the_non_backtracking_engine() =>
        Assert.All(IdentifyingPatterns.All, pattern => Assert.True(pattern.Regex.Options.HasFlag(RegexOptions.NonBacktracking), pattern.Name));

    [Theory]
    [InlineData("NHS 943 476 5919 943 476 5919.", 2)]
    [InlineData("Ref 9434765919 9434765919.", 2)]
    [InlineData("Ref 94347659190 is eleven digits.", 0)]
    [InlineData("Call +9434765919 now.", 0)]
    public void Ten_digit_numbers_need_no_digit_on_either_side(string text, int count) =>
        Assert.Equal(count, IdentifyingDetails.Find(text).Count(f => f.Kind == IdentifyingKind.NhsNumber));

    private static void AssertFinds(string text, IdentifyingKind kind, string snippet)
    {
        var found = IdentifyingDetails.Find(text);
        Assert.Contains(found, f => f.Kind == kind && f.Snippet == snippet);
    }
}
