using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Stories;

namespace OutcomesBot.Bot.Turns.Stories;

/// <summary>
/// The <c>my stories</c> command, in the 1:1 chat only: the stories the person shared (and, for a leader, their team's),
/// each with a "Take it down" button.
/// </summary>
public sealed class MyStoriesCommands(StoryTakeDown takeDown, IPersonStore people) : ITextCommandHandler
{
    public static BotCommand MyStories { get; } = new("my stories", "See the stories you shared, and take one down.", CommandAudience.Everyone, CommandScopes.Personal, ["my stories", "my story"])
    {
        Order = 70,
        InManifest = false,
    };

    public IReadOnlyList<BotCommand> Commands { get; } = [MyStories];

    public async Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await NamedSender.AadObjectIdOrSayAsync(turn, cancellationToken) is not { } aadObjectId)
        {
            return;
        }

        await turn.SendCardAsync(await ListAsync(turn, people, takeDown, aadObjectId, cancellationToken), cancellationToken);
    }

    /// <summary>The list, as typed and as "Keep it" shows it again (decision 106).</summary>
    internal static async Task<AdaptiveCard> ListAsync(TurnContext turn, IPersonStore people, StoryTakeDown takeDown, string aadObjectId, CancellationToken cancellationToken)
    {
        // Dates read in the person's own zone, from what Teams last told us (UTC when it never has).
        var person = await turn.StoredPersonAsync(people, turn.PersonalSender, cancellationToken);
        return await takeDown.ListAsync(aadObjectId, CheckInTiming.PersonZone(person?.TimeZone), cancellationToken);
    }
}
