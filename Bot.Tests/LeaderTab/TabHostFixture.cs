using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutcomesBot.Bot.Tests.Protocol.Auth;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.LeaderTab;

/// <summary>
/// The real bot on Kestrel (loopback, any port) with credentials, its Entra metadata pointed at a local signing-key
/// server, its clock fixed at <see cref="TabSeed.Now"/>, and the 9-person team of <see cref="TabSeed"/> written to its
/// SQLite store. Tokens are minted here as Entra would mint the Teams SSO token.
/// </summary>
public sealed class TabHostFixture : IAsyncLifetime
{
    public const string PublicHost = "tab.example";
    public static readonly string Audience = $"api://{PublicHost}/{AuthTestBot.AppId}";

    private BotAppFactory? _app;

    public KeyServerFixture Keys { get; } = new();

    public TabSeed Seed { get; } = new();

    public BotAppFactory App => _app ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        await Keys.InitializeAsync();
        var settings = AuthTestBot.Settings();
        settings["BotAuthentication:EntraOpenIdMetadataUrlTemplate"] = Keys.EntraMetadataUrlTemplate;
        settings["BotAuthentication:BotFrameworkOpenIdMetadataUrl"] = Keys.BotFrameworkMetadataUrl;
        settings["BotAuthentication:RequireHttpsMetadata"] = "false";
        settings["Bot:PublicBaseUrl"] = $"https://{PublicHost}";
        _app = new BotAppFactory(settings, services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(TabSeed.Now)));
        _app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        await Seed.WriteAsync(_app.Services, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Keys.DisposeAsync();
    }

    /// <summary>A Teams SSO token (v2) for <paramref name="oid"/>, valid at <see cref="TabSeed.Now"/>; <paramref name="change"/> spoils it.</summary>
    public string Token(string oid, string tenant = AuthTestBot.TenantId, Action<SecurityTokenDescriptor>? change = null, TestSigningKey? key = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = Audience,
            IssuedAt = TabSeed.Now.AddMinutes(-5).UtcDateTime,
            NotBefore = TabSeed.Now.AddMinutes(-5).UtcDateTime,
            Expires = TabSeed.Now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["oid"] = oid, ["tid"] = tenant, ["scp"] = "access_as_user", ["name"] = "ignored by the API" },
            SigningCredentials = new SigningCredentials((key ?? Keys.EntraKey).SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string DashboardPath(string range, string teamId = TabSeed.TeamId) =>
        $"/tab/api/team/dashboard?teamId={Uri.EscapeDataString(teamId)}&range={range}";

    public static string CsvPath(string range) => $"/tab/api/team/export.csv?teamId={Uri.EscapeDataString(TabSeed.TeamId)}&range={range}";
}
