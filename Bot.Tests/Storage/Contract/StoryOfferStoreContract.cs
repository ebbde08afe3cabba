using System.Text.Json.Nodes;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Storage.Contract;

/// <summary>
/// A team's story offers waiting for a decision (decision 101) on both backends: listed for several teams in one read,
/// newest first; a decided offer drops out; another team's is not listed; "delete my data" takes the author's out and
/// leaves another author's; the export holds each offer once.
/// </summary>
public abstract class StoryOfferStoreContract(StoreBackend backend) : StoreContract(backend)
{
    private const string RobinAad = "AAAAAAAA-0000-0000-0000-0000000000A1";
    private const string BlakeAad = "bbbbbbbb-0000-0000-0000-0000000000b2";
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Undecided_offers_of_the_teams_asked_are_listed_newest_first_and_a_decided_one_drops_out()
    {
        var offers = Store<IStoryOfferStore>();
        await offers.TryAddAsync(Offer("s1", "team-1", RobinAad, Now), Token);
        await offers.TryAddAsync(Offer("s2", "team-1", BlakeAad, Now.AddMinutes(2)), Token);
        await offers.TryAddAsync(Offer("s3", "team-2", RobinAad, Now.AddMinutes(1)), Token);
        await offers.TryAddAsync(Offer("s4", "team-3", BlakeAad, Now.AddMinutes(3)), Token);
        Assert.False(await offers.TryAddAsync(Offer("s1", "team-1", RobinAad, Now.AddMinutes(9)), Token));

        var both = await offers.ListWaitingAsync(["team-1", "team-2"], Token);
        Assert.Equal(["s2", "s3", "s1"], both.Select(offer => offer.StoryId));
        Assert.Equal(new WaitingStoryOffer("team-1", "s2", BlakeAad, Now.AddMinutes(2)), both[0]);
        Assert.Equal(["team-1", "team-2", "team-1"], both.Select(offer => offer.TeamId));

        Assert.True(await offers.TryDecideAsync("s2", StoryOfferDecision.Approved, "aad-leader", "Alex", Now.AddMinutes(5), Token));
        Assert.True(await offers.TryDecideAsync("s3", StoryOfferDecision.NotThisTime, "aad-leader", "Alex", Now.AddMinutes(5), Token));
        Assert.False(await offers.TryDecideAsync("s3", StoryOfferDecision.Approved, "aad-other", "Sam", Now.AddMinutes(6), Token));

        Assert.Equal(["s1"], (await offers.ListWaitingAsync(["team-1", "team-2"], Token)).Select(offer => offer.StoryId));
        Assert.Equal(["s4"], (await offers.ListWaitingAsync(["team-3"], Token)).Select(offer => offer.StoryId));
        Assert.Empty(await offers.ListWaitingAsync(["team-4"], Token));
        Assert.Empty(await offers.ListWaitingAsync([], Token));
    }

    [Fact]
    public async Task Many_teams_are_listed_in_one_call()
    {
        var offers = Store<IStoryOfferStore>();
        var teams = Enumerable.Range(0, 15).Select(team => $"team-{team:D2}").ToList();
        foreach (var (team, index) in teams.Select((team, index) => (team, index)))
        {
            await offers.TryAddAsync(Offer($"s{index:D2}", team, RobinAad, Now.AddMinutes(index)), Token);
        }

        var listed = await offers.ListWaitingAsync(teams, Token);

        Assert.Equal(teams.Count, listed.Count);
        Assert.Equal("s14", listed[0].StoryId);
        Assert.Equal("s00", listed[^1].StoryId);
    }

    [Fact]
    public async Task Deleting_the_author_s_data_takes_their_waiting_offers_out_and_leaves_another_author_s()
    {
        var offers = Store<IStoryOfferStore>();
        await offers.TryAddAsync(Offer("s1", "team-1", RobinAad, Now), Token);
        await offers.TryAddAsync(Offer("s2", "team-1", BlakeAad, Now.AddMinutes(1)), Token);
        var source = PersonalDataSource("stories");
        var robin = new PersonIdentity("29:robin", RobinAad);

        var export = await source.ExportAsync(robin, Token);
        await source.DeleteAsync(robin, Token);

        // The team's list is not exported: it holds nothing the offer does not.
        Assert.Single(Assert.IsType<JsonArray>(export?["offered"]));
        Assert.DoesNotContain("waiting", export!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["s2"], (await offers.ListWaitingAsync(["team-1"], Token)).Select(offer => offer.StoryId));
        Assert.Null(await offers.GetAsync("s1", Token));
        Assert.Null(await source.ExportAsync(robin, Token));
    }

    private static StoryOffer Offer(string storyId, string teamId, string authorAad, DateTimeOffset at) => new()
    {
        Story = new Story
        {
            StoryId = storyId, TeamId = teamId, TenantId = "tenant-1", ChannelId = teamId, AuthorAadObjectId = authorAad, AuthorName = "A Name",
            Title = "Back to the allotment", Mattered = "Seeing friends", Changed = "Out weekly", Helped = "A lift", OutcomeKinds = ["connection"], PostedAt = at,
        },
        OfferedAt = at,
    };
}

/// <summary>The IStoryOfferStore contract on SQLite.</summary>
public sealed class StoryOfferStoreContractOnSqlite() : StoryOfferStoreContract(StoreBackend.Sqlite());

/// <summary>The IStoryOfferStore contract on Azure Tables (Azurite).</summary>
[Slow]
public sealed class StoryOfferStoreContractOnAzurite(Azurite azurite) : StoryOfferStoreContract(StoreBackend.Azure(azurite));
