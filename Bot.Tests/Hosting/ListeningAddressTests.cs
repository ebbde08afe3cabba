using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;
using OutcomesBot.Bot.Tests.Support;

namespace OutcomesBot.Bot.Tests.Hosting;

/// <summary>
/// Where the bot listens comes from the platform (ASPNETCORE_HTTP_PORTS / ASPNETCORE_URLS) or, for <c>dotnet run</c>,
/// from launchSettings.json; nothing in appsettings.json overrides it. The bot runs as a real process here.
/// </summary>
[Slow]
public sealed class ListeningAddressTests
{
    private static readonly string[] SocketTables = ["/proc/net/tcp", "/proc/net/tcp6"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Started_with_ASPNETCORE_HTTP_PORTS_the_bot_listens_on_that_port_on_every_interface()
    {
        var port = FreePort();
        using var data = new TemporaryDirectory("outcomesbot-port");
        using var bot = BotProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture),
            ["Storage__DataDirectory"] = data.Path,
            // Listening on every interface is for a deployed bot, with an app id: local mode refuses anything but loopback.
            ["MicrosoftAppId"] = "6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppType"] = "SingleTenant",
        });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        await WaitUntilAnswersAsync(client, new Uri($"http://127.0.0.1:{port}/healthz"), bot);

        Assert.Contains(bot.Output, line => line.Contains($"Now listening on: http://[::]:{port}", StringComparison.Ordinal)
            || line.Contains($"Now listening on: http://0.0.0.0:{port}", StringComparison.Ordinal));
        Assert.True(ListensOnAnyAddress(port), $"no listener on the wildcard address for port {port}");

        // Where this machine has an address other than loopback, the bot answers on it too.
        if (NonLoopbackAddress() is { } external)
        {
            using var response = await client.GetAsync(new Uri($"http://{external}:{port}/healthz"), Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void Dotnet_run_takes_the_local_address_from_launchSettings_and_appsettings_sets_none()
    {
        var bot = Path.Combine(NodeTools.RepositoryRoot, "Bot");
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(bot, "Properties", "launchSettings.json")));
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(bot, "appsettings.json")));

        var profile = launch.RootElement.GetProperty("profiles").EnumerateObject().Single().Value;
        Assert.Equal("http://localhost:3978", profile.GetProperty("applicationUrl").GetString());
        Assert.False(settings.RootElement.TryGetProperty("Urls", out _), "Urls in appsettings.json overrides ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS");
    }

    private static async Task WaitUntilAnswersAsync(HttpClient client, Uri health, BotProcess bot)
    {
        await Eventually.TrueAsync(async () =>
        {
            Assert.False(bot.HasExited, "the bot exited: " + bot.RecentOutput);
            try
            {
                using var response = await client.GetAsync(health, Token);
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90));
    }

    // The kernel's own table of listening sockets: 0.0.0.0 (tcp) or :: (tcp6) on the port, in state LISTEN (0A).
    private static bool ListensOnAnyAddress(int port)
    {
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        return SocketTables.Where(File.Exists).SelectMany(File.ReadLines)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Any(fields => fields.Length > 3 && fields[3] == "0A"
                && fields[1].Split(':') is [var address, var listeningPort] && listeningPort == hexPort && address.All(digit => digit == '0'));
    }

    private static IPAddress? NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(network => network.OperationalStatus == OperationalStatus.Up && network.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(network => network.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
