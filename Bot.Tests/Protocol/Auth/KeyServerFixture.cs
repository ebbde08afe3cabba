using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutcomesBot.Bot.Tests.Protocol.Auth;

/// <summary>
/// A loopback Kestrel server that plays login.botframework.com and login.microsoftonline.com: OpenID metadata
/// and JWKS documents with locally generated keys, so token validation runs against real HTTP without a network.
/// </summary>
public sealed class KeyServerFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, TestSigningKey[]> _keySets = new(StringComparer.Ordinal);
    private readonly RSA _publishedRsa = RSA.Create(2048);
    private readonly RSA _impostorRsa = RSA.Create(2048);
    private readonly RSA _rotatedInRsa = RSA.Create(2048);
    private WebApplication? _app;

    public KeyServerFixture()
    {
        BotFrameworkKey = new(_publishedRsa, "bf-teams", "msteams");
        WebChatOnlyKey = new(_publishedRsa, "bf-webchat", "webchat");
        EntraKey = new(_publishedRsa, "entra-1");
        RotatedOutKey = new(_publishedRsa, "rot-1", "msteams");
        RotatedInKey = new(_rotatedInRsa, "rot-2", "msteams");
        ImpostorKey = new(_impostorRsa, BotFrameworkKey.KeyId, "msteams");
        UnpublishedKey = new(_impostorRsa, "ghost", "msteams");

        _keySets["botframework"] = [BotFrameworkKey, WebChatOnlyKey];
        _keySets["entra"] = [EntraKey];
        _keySets["rotating"] = [RotatedOutKey];
    }

    public TestSigningKey BotFrameworkKey { get; }
    public TestSigningKey WebChatOnlyKey { get; }
    public TestSigningKey EntraKey { get; }
    public TestSigningKey RotatedOutKey { get; }
    public TestSigningKey RotatedInKey { get; }

    /// <summary>A private key the server never published, under a published kid (a forged signature).</summary>
    public TestSigningKey ImpostorKey { get; }

    /// <summary>A private key under a kid the server never publishes.</summary>
    public TestSigningKey UnpublishedKey { get; }

    public string BaseUrl { get; private set; } = string.Empty;
    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/openidconfiguration";
    public string RotatingMetadataUrl => $"{BaseUrl}/rotating/openidconfiguration";
    public string EntraMetadataUrlTemplate => $"{BaseUrl}/entra/{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>Starts serving <see cref="RotatedInKey"/> next to the old key on the rotating metadata URL.</summary>
    public void RotateKeys() => _keySets["rotating"] = [RotatedOutKey, RotatedInKey];

    public async ValueTask InitializeAsync()
    {
        // OpenSSL generates an RSA key on first use; do it for all keys at once rather than in whichever test comes first.
        await Task.WhenAll(new[] { _publishedRsa, _impostorRsa, _rotatedInRsa }.Select(rsa => Task.Run(() => rsa.ExportParameters(false))));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();

        _app.MapGet("/{set}/openidconfiguration", (string set) => Metadata("https://api.botframework.com", set));
        _app.MapGet("/entra/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", "entra"));
        _app.MapGet("/{set}/keys", (string set) => _keySets.TryGetValue(set, out var keys)
            ? Results.Text(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) }.ToJsonString(), "application/json")
            : Results.NotFound());

        await _app.StartAsync(TestContext.Current.CancellationToken);
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _publishedRsa.Dispose();
        _impostorRsa.Dispose();
        _rotatedInRsa.Dispose();
    }

    private IResult Metadata(string issuer, string keySet) => _keySets.ContainsKey(keySet)
        ? Results.Text(
            new JsonObject
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = $"{BaseUrl}/{keySet}/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString(),
            "application/json")
        : Results.NotFound();
}
