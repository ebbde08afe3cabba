using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Fakes;
using OutcomesBot.Scheduler.Delivery;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Decision 079 clears a "blocked" mark when the person writes in their 1:1 chat, with no store call added to an
/// ordinary 1:1 turn: the conversation upsert's own read says whether the chat was marked removed. Counted through the
/// real host on SQLite with <see cref="StoreCallCounts"/> over the ports the turn's tracker uses.
/// </summary>
public sealed class OneToOneTurnCostTests
{
    /// <summary>
    /// A guard: the same four calls before and after decision 079 (the conversation and person upserts, the sender's
    /// memberships and the teams for the answer's buttons). Clearing the mark with a read or a delete on every turn fails it.
    /// Alex leads, so the welcome card the greeting brings reads the story offers waiting in Alex's teams: one read for all
    /// of them (decision 101), the fifth call.
    /// </summary>
    [Fact]
    public async Task An_ordinary_1to1_message_reads_no_reachability_and_costs_what_it_did()
    {
        var calls = new StoreCallCounts();
        // Quartz held back: the install's roster sync runs as a job and would add its own reads to the count under load.
        await using var bot = await StoryBot.CreateAsync(configureServices: services =>
        {
            StoryBot.NoBackgroundDrain(services);
            services.CountCalls<IConversationStore>(calls);
            services.CountCalls<IPersonStore>(calls);
            services.CountCalls<ITeamStore>(calls);
            services.CountCalls<IReachability>(calls);
            services.CountCalls<IStoryOfferStore>(calls);
        });
        await bot.SayAsync("hello", StoryBot.AlexAad);

        calls.Reset();
        await bot.SayAsync("hello", StoryBot.AlexAad);

        Assert.Equal(0, calls.ByMethod.Keys.Count(call => call.StartsWith("Reachability.", StringComparison.Ordinal)));
        Assert.Equal(1, calls.ByMethod.GetValueOrDefault("ConversationStore.Upsert"));
        Assert.Equal(1, calls.ByMethod.GetValueOrDefault("StoryOfferStore.ListWaiting"));
        Assert.True(calls.Total == 5, calls.ToString());
    }
}
