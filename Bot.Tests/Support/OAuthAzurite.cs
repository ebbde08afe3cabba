using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using OutcomesBot.Fakes;

namespace OutcomesBot.Bot.Tests.Support;

/// <summary>
/// Azurite as a storage account reached with a managed identity: https with a self-signed certificate made here (for
/// 127.0.0.1, valid for an hour) and bearer tokens checked (<c>--oauth basic</c>). <see cref="ClientOptions"/> trusts
/// exactly that certificate, nothing else. One per test class; killed with its files on dispose.
/// </summary>
public sealed class OAuthAzurite : IAsyncLifetime
{
    private readonly TemporaryDirectory _files = new("outcomesbot-oauth-azurite");
    private X509Certificate2? _certificate;
    private AzuriteServer? _server;

    public Uri TableEndpoint => Server.TableEndpoint;

    private AzuriteServer Server => _server ?? throw new InvalidOperationException("Not started.");

    /// <summary>Client options whose transport accepts Azurite's test certificate (by thumbprint) and no other untrusted one.</summary>
    public TableClientOptions ClientOptions()
    {
        var thumbprint = _certificate?.Thumbprint ?? throw new InvalidOperationException("Not started.");
#pragma warning disable CA2000 // The transport owns the handler for the client's lifetime.
        var handler = new SocketsHttpHandler();
#pragma warning restore CA2000
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == thumbprint);
        return new TableClientOptions { Transport = new HttpClientTransport(handler) };
    }

    public async ValueTask InitializeAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new("1.3.6.1.5.5.7.3.1")], critical: false));
        _certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
        var certificatePath = _files.Combine("azurite.crt.pem");
        var keyPath = _files.Combine("azurite.key.pem");
        await File.WriteAllTextAsync(certificatePath, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());

        NodeTools.EnsureInstalled();
        _server = await AzuriteServer.StartAsync(NodeTools.NodeModulesDirectory, new AzuriteTls(certificatePath, keyPath), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _certificate?.Dispose();
        _files.Dispose();
    }
}
