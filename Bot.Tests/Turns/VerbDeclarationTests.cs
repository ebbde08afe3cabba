using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Bot.Turns.Actions;
using OutcomesBot.Dialogs.MyData;

namespace OutcomesBot.Bot.Tests.Turns;

/// <summary>
/// Card verbs are declared by their handlers: overlapping prefixes stop the host, and a personal-only button pressed in
/// a channel gets one answer from the dispatcher without reaching its handler.
/// </summary>
public sealed class VerbDeclarationTests : IDisposable
{
    private readonly BotAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void A_verb_prefix_overlapping_another_handlers_stops_the_host_naming_both()
    {
        using var app = new BotAppFactory(configureServices: services => services.AddSingleton<ICardActionHandler, ClaimsCheckInVerbs>());

        var refused = Assert.ThrowsAny<Exception>(() => app.Get<CardActionDispatcher>());

        Assert.Contains("(CheckInActions)", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"checkin.extra\" (ClaimsCheckInVerbs) overlap", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declared_prefix_belongs_to_one_registered_handler()
    {
        var table = _app.Get<VerbTable>();

        foreach (var handler in _app.Get<IEnumerable<ICardActionHandler>>())
        {
            foreach (var prefix in handler.Verbs)
            {
                Assert.True(ReferenceEquals(table.Find(prefix.Prefix)?.Handler, handler), $"\"{prefix.Prefix}\" should reach {handler.GetType().Name}");
            }
        }
    }

    [Theory]
    [InlineData(MyDataVerbs.Delete, "my data")]
    [InlineData("champions.name", "champions")]
    [InlineData("yousaid.send", "yousaid")]
    public async Task A_personal_button_pressed_in_a_channel_gets_the_one_answer_and_does_nothing(string verb, string command)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = "00000000-0000-0000-0000-0000000000001", ["id"] = "team-id" };
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = new JsonObject();

        using var response = await _app.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(PersonalChatHandoff.OpenChatYourself(command), body.GetProperty("value").GetString());
        Assert.Empty(_app.Connector.Sent);
    }

    private sealed class ClaimsCheckInVerbs : ICardActionHandler
    {
        public IReadOnlyList<VerbPrefix> Verbs { get; } = [VerbPrefix.Everywhere("checkin.extra")];

        public Task<CardActionResult> HandleAsync(TurnContext turn, CardActionRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(CardActionResult.Say("extra"));
    }
}
