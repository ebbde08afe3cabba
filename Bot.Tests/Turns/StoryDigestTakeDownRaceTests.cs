using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 081: a story taken down while its team's digest is being built leaves the digest too. The host's story store
/// is wrapped so that one runs inside the other at the worst moment: the take-down is pressed (through the real host)
/// after the digest job has read the team's stories and before it records which ones the digest carries, so the press
/// finds no digest to rebuild; or the digest is built and sent after the press looked for digests and before it removed
/// the story.
/// </summary>
public sealed class StoryDigestTakeDownRaceTests
{
    private const string Kept = "Back to the allotment";
    private const string TakenDown = "Mr Jones walks to the shop";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_story_taken_down_between_the_digests_read_and_its_record_is_not_in_the_digest_sent()
    {
        var race = new TakeDownRace();
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: race.Wrap);
        var end = await TwoStoriesAsync(bot);
        var store = bot.App.Get<IStoryStore>();
        race.Press = () => bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);

        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        Assert.Contains("Taken down", StoryBot.Text(race.Answer!.Value), StringComparison.Ordinal);
        Assert.Null(await store.GetAsync("gone", Token));
        var digest = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains(Kept, digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(TakenDown, digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(StoryBot.NameOf(StoryBot.SamAad), digest.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_digest_whose_only_story_was_taken_down_while_it_was_built_never_goes()
    {
        var race = new TakeDownRace();
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: race.Wrap);
        var end = TimeProvider.System.GetUtcNow();
        await bot.App.Get<IStoryStore>().TryAddAsync(Story("gone", StoryBot.SamAad, TakenDown, end.AddDays(-1)), Token);
        race.Press = () => bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);

        Assert.Equal(1, await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token));
        await bot.DrainAsync();

        Assert.NotNull(race.Answer);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        var row = await bot.App.Get<IOutboxStore>().FindAsync(
            OutboxMessage.KeyFor(StoryDigestRunner.CycleOf(StoryBot.TeamId, end), StoryBot.Channel, StoryDigestRunner.DigestKind), Token);
        Assert.Equal((OutboxStatus.Skipped, ChannelPostWithdrawal.WithdrawnCode), (row!.Status, row.LastErrorCode));
    }

    [Fact]
    public async Task A_digest_built_and_sent_while_a_take_down_is_under_way_leaves_the_story_out()
    {
        var race = new TakeDownRace();
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: race.Wrap);
        var end = await TwoStoriesAsync(bot);
        var store = bot.App.Get<IStoryStore>();
        var queued = 0;
        race.BeforeRemove = async () =>
        {
            queued = await bot.App.Get<StoryDigestRunner>().RunAsync(StoryBot.TeamId, end, Token);
            await bot.DrainAsync();
        };

        var answer = await bot.PressAsync(StoryVerbs.TakeDown, new Dictionary<string, string> { [StoryDraft.StoryIdKey] = "gone" }, StoryBot.SamAad);

        Assert.Equal(1, queued);
        Assert.Contains("Taken down", StoryBot.Text(answer), StringComparison.Ordinal);
        Assert.Null(await store.GetAsync("gone", Token));
        var digest = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains(Kept, digest.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(TakenDown, digest.CardText, StringComparison.Ordinal);
    }

    // Alex's story, kept, and Sam's, the one taken down; the digest's period ends now.
    private static async Task<DateTimeOffset> TwoStoriesAsync(StoryBot bot)
    {
        var end = TimeProvider.System.GetUtcNow();
        var store = bot.App.Get<IStoryStore>();
        await store.TryAddAsync(Story("kept", StoryBot.AlexAad, Kept, end.AddDays(-2)), Token);
        await store.TryAddAsync(Story("gone", StoryBot.SamAad, TakenDown, end.AddDays(-1)), Token);
        return end;
    }

    private static Story Story(string id, string author, string title, DateTimeOffset at) => new()
    {
        StoryId = id, TeamId = StoryBot.TeamId, TenantId = "00000000-0000-0000-0000-0000000000001", ChannelId = StoryBot.Channel,
        AuthorAadObjectId = author, AuthorName = StoryBot.NameOf(author), Title = title, Mattered = "m", Changed = "He told us his address", Helped = "h",
        OutcomeKinds = ["change"], PostedAt = at,
    };

    /// <summary>
    /// Wraps the host's story store: the first time a digest's stories are recorded, <see cref="Press"/> runs first; the
    /// first time a story is removed, <see cref="BeforeRemove"/> runs first.
    /// </summary>
    private sealed class TakeDownRace
    {
        public Func<Task<System.Text.Json.JsonElement>>? Press { get; set; }

        public Func<Task>? BeforeRemove { get; set; }

        public System.Text.Json.JsonElement? Answer { get; private set; }

        public void Wrap(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(IStoryStore));
            services.Remove(original);
            services.Add(ServiceDescriptor.Describe(
                typeof(IStoryStore),
                provider => new Store(this, (IStoryStore)(original.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))),
                original.Lifetime));
        }

        private async Task BeforeRecordAsync()
        {
            if (Press is { } press)
            {
                Press = null;
                Answer = await press();
            }
        }

        private async Task BeforeRemoveAsync()
        {
            if (BeforeRemove is { } before)
            {
                BeforeRemove = null;
                await before();
            }
        }

        private sealed class Store(TakeDownRace race, IStoryStore inner) : IStoryStore
        {
            public Task<bool> TryAddAsync(Story story, CancellationToken cancellationToken) => inner.TryAddAsync(story, cancellationToken);

            public Task<Story?> GetAsync(string storyId, CancellationToken cancellationToken) => inner.GetAsync(storyId, cancellationToken);

            public async Task<bool> RemoveAsync(string storyId, CancellationToken cancellationToken)
            {
                await race.BeforeRemoveAsync();
                return await inner.RemoveAsync(storyId, cancellationToken);
            }

            public Task<bool> MarkTakenDownAsync(string storyId, DateTimeOffset at, CancellationToken cancellationToken) => inner.MarkTakenDownAsync(storyId, at, cancellationToken);

            public Task<IReadOnlyList<Story>> ListLeftMarkedAsync(DateTimeOffset markedBefore, int limit, CancellationToken cancellationToken) =>
                inner.ListLeftMarkedAsync(markedBefore, limit, cancellationToken);

            public Task<IReadOnlyList<Story>> ListForTeamAsync(string teamId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
                inner.ListForTeamAsync(teamId, since, until, cancellationToken);

            public Task<IReadOnlyList<Story>> ListByAuthorAsync(string aadObjectId, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
                inner.ListByAuthorAsync(aadObjectId, since, until, cancellationToken);

            public Task<int> CelebrateAsync(string storyId, string aadObjectId, DateTimeOffset at, CancellationToken cancellationToken) =>
                inner.CelebrateAsync(storyId, aadObjectId, at, cancellationToken);

            public Task<int> CountCelebrationsAsync(string storyId, CancellationToken cancellationToken) => inner.CountCelebrationsAsync(storyId, cancellationToken);

            public Task<DateTimeOffset?> LastDigestAsync(string teamId, CancellationToken cancellationToken) => inner.LastDigestAsync(teamId, cancellationToken);

            public Task<bool> TryRecordDigestAsync(string teamId, DateTimeOffset periodEnd, DateTimeOffset at, CancellationToken cancellationToken) =>
                inner.TryRecordDigestAsync(teamId, periodEnd, at, cancellationToken);

            public async Task RecordDigestStoriesAsync(string teamId, DateTimeOffset periodEnd, string channelId, IReadOnlyList<string> storyIds, CancellationToken cancellationToken)
            {
                await race.BeforeRecordAsync();
                await inner.RecordDigestStoriesAsync(teamId, periodEnd, channelId, storyIds, cancellationToken);
            }

            public Task<StoryDigest?> GetDigestAsync(string teamId, DateTimeOffset periodEnd, CancellationToken cancellationToken) => inner.GetDigestAsync(teamId, periodEnd, cancellationToken);

            public Task<IReadOnlyList<StoryDigest>> ListDigestsCarryingAsync(string teamId, string storyId, DateTimeOffset postedAt, CancellationToken cancellationToken) =>
                inner.ListDigestsCarryingAsync(teamId, storyId, postedAt, cancellationToken);
        }
    }
}
