using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OutcomesBot.Bot.Tests.Support;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Turns;

public sealed class TurnTimeoutTests : IDisposable
{
    private readonly BotAppFactory _app = new(new Dictionary<string, string?> { ["Turns:TurnTimeout"] = "00:00:00.300" });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_turn_that_overruns_its_timeout_gets_503_and_a_retry_is_processed()
    {
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";
        _app.Connector.BeforeSend = token => Task.Delay(Timeout.Infinite, token);

        using var timedOut = await _app.PostActivityAsync(message);
        _app.Connector.BeforeSend = null;
        using var retried = await _app.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, timedOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(_app.Connector.Sent);
    }

    [Fact]
    public async Task An_invoke_that_overruns_gets_an_error_body_Teams_can_show()
    {
        using var app = new BotAppFactory(
            new Dictionary<string, string?> { ["Turns:TurnTimeout"] = "00:00:00.300" },
            services => services.AddSingleton<IPersonStore, HangingPersonStore>());
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = "help.show";

        using var response = await app.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(500, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.GetProperty("type").GetString());
        Assert.Equal("timeout", body.GetProperty("value").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_client_that_hangs_up_does_not_cut_the_turn_short()
    {
        using var app = new BotAppFactory();
        var message = Samples.Fresh("message-personal");
        message["text"] = "help";
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Connector.BeforeSend = async turnToken =>
        {
            entered.TrySetResult();
            // Honours the turn's token: were the turn tied to the request's abort, this would throw and nothing be sent.
            await gate.Task.WaitAsync(turnToken);
        };
        using var client = app.CreateClient();
        using var hangUp = new CancellationTokenSource();
        using var content = new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        var request = client.PostAsync("/api/messages", content, hangUp.Token);
        try
        {
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
            await hangUp.CancelAsync();
        }
        finally
        {
            gate.TrySetResult();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await Eventually.TrueAsync(() => !app.Connector.Sent.IsEmpty, TimeSpan.FromSeconds(5));
        Assert.Single(app.Connector.Sent);
    }
}

internal sealed class HangingPersonStore : IPersonStore
{
    public async Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return person;
    }

    public Task<Person?> GetAsync(string teamsUserId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);

    public Task<IReadOnlyDictionary<string, Person>> GetManyAsync(IReadOnlyCollection<string> teamsUserIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, Person>>(new Dictionary<string, Person>());

    public Task<Person?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);
}
