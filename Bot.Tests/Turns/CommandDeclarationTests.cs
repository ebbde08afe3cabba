using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Commands are declared once, by their handlers: no wording twice (a second claim stops the host), every wording reaches
/// the handler that declares it, and the help card lists every declared command once, in order. The tests only read the
/// composed host, so they share one (<see cref="SharedBotApp"/>); the test that adds a handler starts its own.
/// </summary>
public sealed class CommandDeclarationTests(SharedBotApp host) : IClassFixture<SharedBotApp>
{
    private readonly BotAppFactory _app = host.App;

    [Fact]
    public void No_wording_is_declared_twice_by_the_registered_handlers()
    {
        var wordings = _app.Get<IEnumerable<ITextCommandHandler>>().SelectMany(handler => handler.Commands).SelectMany(command => command.Words).ToList();

        var repeated = wordings.GroupBy(word => word, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(repeated);
        Assert.All(DeclaredCommands.All, entry => Assert.Equal(entry.Command.Name, entry.Command.Words[0]));
    }

    [Fact]
    public void Every_command_a_handler_declares_is_registered()
    {
        var registered = _app.Get<IEnumerable<ITextCommandHandler>>().SelectMany(handler => handler.Commands).ToHashSet();

        Assert.All(DeclaredCommands.All, entry => Assert.True(registered.Contains(entry.Command), $"{entry.Handler.Name} declares \"{entry.Command.Name}\" but is not registered"));
    }

    [Fact]
    public void A_wording_claimed_by_a_second_handler_stops_the_host_naming_both()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<ITextCommandHandler, ClaimsHelp>());

        var refused = Assert.ThrowsAny<Exception>(() => app.Get<TextCommandDispatcher>());

        Assert.Contains("\"help\" is claimed twice: by WelcomeCommands", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("by ClaimsHelp", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_that_a_command_with_arguments_would_also_take_is_refused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => new CommandTable([new ClaimsDigestNow(), new ClaimsHelp()]));

        Assert.Contains("\"digest now\"", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ClaimsDigestNow", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_help_card_lists_every_declared_command_exactly_once_in_order(bool shared)
    {
        var card = CardJson.ToElement(HelpCard.Create(_app.Get<CommandTable>().Listed, shared));
        var titles = FactTitles(card).ToList();

        Assert.Equal(DeclaredCommands.Listed.Select(command => command.Name), titles);
        foreach (var name in new[] { "help", "learning set", "my questions", "digest", "my stories", "support requests" })
        {
            Assert.Contains(name, titles);
        }

        Assert.DoesNotContain("hi", titles);
    }

    [Fact]
    public void Every_wording_of_every_command_reaches_the_handler_that_declares_it()
    {
        var table = _app.Get<CommandTable>();

        foreach (var handler in _app.Get<IEnumerable<ITextCommandHandler>>())
        {
            foreach (var word in handler.Commands.SelectMany(command => command.Words))
            {
                Assert.True(ReferenceEquals(table.Find(word)?.Handler, handler), $"\"{word}\" should reach {handler.GetType().Name}");
            }
        }

        Assert.Equal("DigestCommands", table.Find("digest friday 15:30")?.Handler.GetType().Name);
    }

    [Theory]
    [InlineData("checkin please")]
    [InlineData("learning")]
    [InlineData("delete everything")]
    [InlineData("help me")]
    public void Words_outside_the_declarations_reach_no_handler(string word)
    {
        Assert.Null(_app.Get<CommandTable>().Find(word));
    }

    private static IEnumerable<string> FactTitles(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "FactSet")
            {
                foreach (var fact in element.GetProperty("facts").EnumerateArray())
                {
                    yield return fact.GetProperty("title").GetString()!;
                }

                yield break;
            }

            foreach (var title in element.EnumerateObject().SelectMany(property => FactTitles(property.Value)))
            {
                yield return title;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var title in element.EnumerateArray().SelectMany(FactTitles))
            {
                yield return title;
            }
        }
    }

    private sealed class ClaimsHelp : ITextCommandHandler
    {
        public IReadOnlyList<BotCommand> Commands { get; } = [new("assist", "Another help.", CommandAudience.Everyone, CommandScopes.Everywhere, ["assist", "help"])];

        public Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ClaimsDigestNow : ITextCommandHandler
    {
        public IReadOnlyList<BotCommand> Commands { get; } =
        [
            new("digest", "A digest.", CommandAudience.Leaders, CommandScopes.Channel, ["digest"]) { TakesArguments = true },
            new("digest now", "A digest at once.", CommandAudience.Leaders, CommandScopes.Channel, ["digest now"]),
        ];

        public Task HandleAsync(TurnContext turn, string command, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
