using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.PersonalData;

/// <summary>The "your data is deleted" card and the delete confirmation name each personal-data source in plain words, on either store.</summary>
public sealed class MyDataLabelTests
{
    public static TheoryData<string> SourceNames() =>
        [.. SqlitePersonalDataSources.All.Select(source => source.Name).Concat(AzurePersonalDataSources.All.Select(source => source.Name)).Distinct()];

    [Theory]
    [MemberData(nameof(SourceNames))]
    public void Every_source_has_a_plain_label_of_its_own(string source)
    {
        var label = MyDataCards.Label(source);

        Assert.NotEqual(source, label);
        Assert.NotEqual("Other records", label);
    }

    // Decision 069: the confirmation named no "entries you sent" though the delete removes them. Decision 104: a source the
    // delete keeps whole (the stops of notes and story asks) is not said to be removed.
    [Theory]
    [MemberData(nameof(SourceNames))]
    public void The_delete_confirmation_names_every_source_the_delete_removes(string source)
    {
        var words = MyDataCards.InConfirmation(source);

        if (MyDataCards.KeptWhole.Contains(source))
        {
            Assert.Null(words);
            return;
        }

        Assert.NotNull(words);
        Assert.Contains(words, string.Join(" ", CardTexts.Of(CardJson.ToElement(MyDataCards.ConfirmDelete()))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_delete_confirmation_does_not_say_it_removes_the_stops_it_keeps()
    {
        var text = string.Join(" ", CardTexts.Of(CardJson.ToElement(MyDataCards.ConfirmDelete())));

        Assert.DoesNotContain("notes you stopped", text, StringComparison.Ordinal);
        Assert.DoesNotContain("asks for stories", text, StringComparison.Ordinal);
        Assert.Equal(["noteStops", "storyAskStops"], MyDataCards.KeptWhole.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_source_without_a_label_is_shown_as_other_records_not_its_storage_name() =>
        Assert.Equal("Other records", MyDataCards.Label("momentumNotes"));
}
