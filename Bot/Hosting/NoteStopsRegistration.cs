using OutcomesBot.Bot.Turns.Notes;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Notes;

namespace OutcomesBot.Bot.Hosting;

public static class NoteStopsRegistration
{
    /// <summary>
    /// Registers the stop on one-off 1:1 notes (decision 096): its buttons, the check and button added as each note goes,
    /// and what the delete cards say of the stops "delete my data" keeps (decision 104). The button is added in the refreshes' Controls stage (decision 097's order), after the card is built and worded
    /// (a learning set's end looks at the note's own buttons, decision 093), so where this is registered does not matter.
    /// </summary>
    public static IHostApplicationBuilder AddNoteStops(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<NoteStopChoice>();
        services.AddSingleton<IKeptStop, NoteStopsKept>();
        services.AddSingleton<ICardActionHandler, NoteStopActions>();
        services.AddSingleton<NoteStopsAtSend>();
        services.AddSingleton<IOutboxPrecondition>(provider => provider.GetRequiredService<NoteStopsAtSend>());
        services.AddSingleton<IOutboxCardRefresh>(provider => provider.GetRequiredService<NoteStopsAtSend>());
        return builder;
    }
}
