using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Hosting;
using OutcomesBot.Bot.Protocol.Connector;
using OutcomesBot.Dialogs.People;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// The real bot host in memory, on its own SQLite file in a fresh test folder (<see cref="TestFolders"/>), with the connector port recorded.
/// Settings can be added per test class (for example MicrosoftAppId to switch token validation on).
/// </summary>
public sealed class BotAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The AAD object id of the sender (Alex Wilber) of the captured personal-chat samples.</summary>
    public const string SampleSenderAad = "00000000-0000-0000-0000-0000000000020";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _ownsDataDirectory;

    // dataDirectory: a folder the test owns, to start several hosts on the same data one after another (a
    // restart); by default each factory gets a fresh test folder, deleted on dispose.
    public BotAppFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, string? dataDirectory = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? TestFolders.NewPath();
        // The "Testing" environment is not Development: local mode (no MicrosoftAppId) must be allowed by name.
        _settings = new Dictionary<string, string?> { [LocalModeGuard.AllowSetting] = "true" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _settings["Storage:DataDirectory"] = DataDirectory;
        _configureServices = configureServices;
    }

    public string DataDirectory { get; }

    public RecordingConnector Connector { get; } = new();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<HttpResponseMessage> PostActivityAsync(JsonNode activity) => await PostRawAsync(activity.ToJsonString());

    /// <summary>Stores a team with the samples' sender as its only member: a leader when <paramref name="owner"/>, else staff.</summary>
    public async Task AddSampleSenderTeamAsync(string teamId, string name, bool owner)
    {
        var teams = Get<ITeamStore>();
        var now = TimeProvider.System.GetUtcNow();
        var token = TestContext.Current.CancellationToken;
        await teams.UpsertTeamAsync(new Team { TeamId = teamId, TenantId = "tenant-1", ServiceUrl = "https://smba.example/", Name = name, UpdatedAt = now }, token);
        await teams.SyncRosterAsync(teamId, [new TeamMember { TeamId = teamId, AadObjectId = SampleSenderAad, TeamsUserId = "user-id-0", Name = "Alex Wilber", IsOwner = owner, UpdatedAt = now }], token);
    }

    /// <summary>Presses an Action.Execute button in the personal chat and returns the card Teams would put in its place.</summary>
    public async Task<JsonElement> InvokeCardAsync(string verb, JsonObject data)
    {
        var invoke = Samples.Fresh("invoke-adaptiveCard_action-personal");
        invoke["value"]!["action"]!["verb"] = verb;
        invoke["value"]!["action"]!["data"] = data;
        using var response = await PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        return body.GetProperty("value").Clone();
    }

    /// <summary>Posts a body as Teams would; <paramref name="authorization"/> is the whole Authorization header value.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null, string contentType = "application/json")
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8) };

        // Set as written, so a test can send a type the header parser would refuse ("text/plain; charset=json").
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:OutcomesBot.Bot.Hosting", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
            _configureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqlitePools.ClearFolder(DataDirectory);
        if (!_ownsDataDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean from the temp folder.
        }
    }
}
