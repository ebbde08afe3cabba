using System.Reflection;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Every command the bot's text handlers declare in code (their static <see cref="BotCommand"/> properties), read without
/// a host; the tests hold the registered <see cref="CommandTable"/>, the help card and the manifest to it.
/// </summary>
internal static class DeclaredCommands
{
    public static IReadOnlyList<(Type Handler, BotCommand Command)> All { get; } =
    [
        .. typeof(ITextCommandHandler).Assembly.GetTypes()
            .Where(type => typeof(ITextCommandHandler).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false })
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(property => property.PropertyType == typeof(BotCommand))
                .Select(property => (type, (BotCommand)property.GetValue(null)!))),
    ];

    /// <summary>The commands the help card and the manifest list, in their order.</summary>
    public static IReadOnlyList<BotCommand> Listed { get; } = [.. All.Select(entry => entry.Command).Where(command => command.InHelp).OrderBy(command => command.Order)];
}
