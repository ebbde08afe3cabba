using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// A story approved but never posted: the approval is recorded, then the turn dies (a store wrapper throws right after
/// TryDecide, as a crash would end it). Pressing Approve again, as an approver does when Teams shows the error, posts it
/// once and tells the author once; a story its author took down after it was posted is never posted again.
/// </summary>
public sealed class StoryOfferCrashTests
{
    private const string RobinChat = "personal-user-id-2";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_crash_after_the_approval_is_recorded_is_recovered_by_the_next_press_and_posts_once()
    {
        var crash = new CrashAfterDecide();
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: crash.Wrap);
        var storyId = await OfferAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        crash.Armed = true;
        await bot.PressIgnoringAnswerAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        Assert.True(crash.Fired);
        Assert.Equal(StoryOfferDecision.Approved, (await bot.App.Get<IStoryOfferStore>().GetAsync(storyId, Token))?.Decision);
        await bot.DrainAsync();
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);

        var retried = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        var byAnother = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("will appear in My Team › General", StoryBot.Text(retried), StringComparison.Ordinal);
        Assert.Contains("already approved and posted this story", StoryBot.Text(byAnother), StringComparison.Ordinal);
        var posted = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel);
        Assert.Contains("Back to the allotment", posted.CardText, StringComparison.Ordinal);
        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == RobinChat);
        // The store keeps no decider's name, so the recovered notice names nobody rather than the wrong person.
        Assert.Contains("approved \"Back to the allotment\"", told.CardText, StringComparison.Ordinal);
        Assert.NotNull(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
    }

    [Fact]
    public async Task A_story_taken_down_after_its_approval_is_not_posted_again_by_a_later_press()
    {
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion);
        var storyId = await OfferAsync(bot);
        await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        await bot.DrainAsync();
        var told = Assert.Single(bot.App.Connector.Sent, s => s.ConversationId == RobinChat && s.CardText.Contains("approved", StringComparison.Ordinal));
        await bot.PressAsync(StoryVerbs.TakeDown, StoryBot.DataOf(told.Card!.Value, "Take it down"), StoryBot.RobinAad);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
        bot.App.Connector.Sent.Clear();

        var late = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("already approved and posted this story", StoryBot.Text(late), StringComparison.Ordinal);
        Assert.Null(await bot.App.Get<IStoryStore>().GetAsync(storyId, Token));
        Assert.Empty(bot.App.Connector.Sent);
    }

    [Fact]
    public async Task An_approval_whose_turn_may_still_be_running_is_not_taken_for_a_crash()
    {
        // Two approvers pressing together: the second finds the offer approved and its post not queued yet, because the
        // first turn is still running. It must say "already approved", not post and tell the author a second time.
        var crash = new CrashAfterDecide { LongAgo = false };
        await using var bot = await StoryBot.CreateAsync(alex: TeamRole.Leader, sam: TeamRole.Champion, configureServices: crash.Wrap);
        var storyId = await OfferAsync(bot);
        await bot.DrainAsync();
        bot.App.Connector.Sent.Clear();

        crash.Armed = true;
        await bot.PressIgnoringAnswerAsync(StoryVerbs.Approve, Id(storyId), StoryBot.SamAad);
        var second = await bot.PressAsync(StoryVerbs.Approve, Id(storyId), StoryBot.AlexAad);
        await bot.DrainAsync();

        Assert.Contains("already approved", StoryBot.Text(second), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.App.Connector.Sent, s => s.ConversationId == StoryBot.Channel || s.ConversationId == RobinChat);
    }

    private static async Task<string> OfferAsync(StoryBot bot)
    {
        var preview = await bot.PressAsync(StoryVerbs.Check, StoryTurnTests.GoodStory(), StoryBot.RobinAad);
        var send = StoryBot.DataOf(preview, StoryPostCards.OfferButton);
        Assert.Contains("Your story is with your team leader", StoryBot.Text(await bot.PressAsync(StoryVerbs.Offer, send, StoryBot.RobinAad)), StringComparison.Ordinal);
        return send[StoryDraft.StoryIdKey];
    }

    private static Dictionary<string, string> Id(string storyId) => new() { [StoryDraft.StoryIdKey] = storyId };

    /// <summary>Wraps the host's offer store: once armed, the next decision is recorded and then the turn dies.</summary>
    private sealed class CrashAfterDecide
    {
        public bool Armed { get; set; }

        /// <summary>Records the decision as made <see cref="StoryOffers.RecoveryAfter"/> ago; false: just now, as a turn still running would.</summary>
        public bool LongAgo { get; init; } = true;

        public bool Fired { get; private set; }

        public void Wrap(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(IStoryOfferStore));
            services.Remove(original);
            services.Add(ServiceDescriptor.Describe(
                typeof(IStoryOfferStore),
                provider => new Store(this, (IStoryOfferStore)(original.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))),
                original.Lifetime));
        }

        private sealed class Store(CrashAfterDecide crash, IStoryOfferStore inner) : IStoryOfferStore
        {
            public Task<bool> TryAddAsync(StoryOffer offer, CancellationToken cancellationToken) => inner.TryAddAsync(offer, cancellationToken);

            public Task<StoryOffer?> GetAsync(string storyId, CancellationToken cancellationToken) => inner.GetAsync(storyId, cancellationToken);

            public async Task<bool> TryDecideAsync(string storyId, StoryOfferDecision decision, string deciderAadObjectId, string? deciderName, DateTimeOffset at, CancellationToken cancellationToken)
            {
                // The crash happened longer ago than a turn can last, so a later press may take it for a crash.
                var decided = await inner.TryDecideAsync(storyId, decision, deciderAadObjectId, deciderName, crash.Armed && crash.LongAgo ? at - StoryOffers.RecoveryAfter : at, cancellationToken);
                if (crash.Armed)
                {
                    crash.Armed = false;
                    crash.Fired = true;
                    throw new InvalidOperationException("Simulated crash after the decision was recorded.");
                }

                return decided;
            }

            public Task<IReadOnlyList<WaitingStoryOffer>> ListWaitingAsync(IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken) =>
                inner.ListWaitingAsync(teamIds, cancellationToken);

            public Task ForgetWaitingAsync(WaitingStoryOffer listed, CancellationToken cancellationToken) => inner.ForgetWaitingAsync(listed, cancellationToken);
        }
    }
}
