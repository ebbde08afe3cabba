using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns.Commands;
using OutcomesBot.Cards.Model;
using OutcomesBot.Dialogs.Welcome;

namespace OutcomesBot.Bot.Tests.Cards;

/// <summary>The one command list: no wording twice, the help card lists each command once, and the bot accepts exactly it.</summary>
public sealed class CommandCatalogTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void No_wording_belongs_to_two_commands_or_to_a_command_and_a_greeting()
    {
        var wordings = CommandCatalog.All.SelectMany(command => command.Words)
            .Concat(CommandCatalog.Greetings).Concat(CommandCatalog.Thanks).ToList();

        var repeated = wordings.GroupBy(word => word, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(repeated);
        Assert.All(CommandCatalog.All, command => Assert.Equal(command.Name, command.Words[0]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_help_card_lists_every_command_exactly_once(bool shared)
    {
        var card = CardJson.ToElement(HelpCard.Create(shared));
        var titles = FactTitles(card).ToList();

        Assert.Equal(CommandCatalog.All.Select(command => command.Name), titles);
        foreach (var name in new[] { "learning set", "my questions", "digest" })
        {
            Assert.Contains(name, titles);
        }
    }

    [Fact]
    public void Every_wording_of_every_command_is_taken_by_exactly_one_handler()
    {
        var handlers = _app.Get<IEnumerable<ITextCommandHandler>>().ToList();

        foreach (var word in CommandCatalog.All.SelectMany(command => command.Words).Append("digest friday 15:30"))
        {
            Assert.True(handlers.Count(handler => handler.CanHandle(word)) == 1, $"\"{word}\" should be taken by exactly one handler");
        }
    }

    [Theory]
    [InlineData("checkin please")]
    [InlineData("learning")]
    [InlineData("delete everything")]
    public void Words_outside_the_list_are_taken_by_no_handler(string word)
    {
        Assert.DoesNotContain(_app.Get<IEnumerable<ITextCommandHandler>>(), handler => handler.CanHandle(word));
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
}
