using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace OutcomesBot.Bot.Protocol.Auth;

/// <summary>
/// One metadata document (and its signing keys), cached and refreshed by IdentityModel's ConfigurationManager.
/// <see cref="ConfigurationManager{T}.RequestRefresh"/> only starts a background fetch, so a caller that met an
/// unknown key id waits here for that fetch to land before it retries.
/// </summary>
internal sealed class SigningMetadataSource : IConfigurationEventHandler<OpenIdConnectConfiguration>
{
    // Not waiting longer than this keeps a request well inside Teams' 15 s retry window.
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private TaskCompletionSource<OpenIdConnectConfiguration>? _pendingRefresh;
    private OpenIdConnectConfiguration? _staleConfiguration;
    private DateTimeOffset _lastRefreshRequest = DateTimeOffset.MinValue;

    public SigningMetadataSource(
        string metadataUrl, IDocumentRetriever documentRetriever, TimeSpan automaticRefreshInterval, TimeProvider timeProvider, ILogger logger)
    {
        _timeProvider = timeProvider;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documentRetriever)
        {
            AutomaticRefreshInterval = WithoutJitter(automaticRefreshInterval),
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.DefaultRefreshInterval,
            ConfigurationEventHandler = this,
        };
    }

    public string MetadataUrl => _manager.MetadataAddress;

    /// <summary>The cached metadata; fetches it on first use. Throws when it has never been fetched successfully.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Asks for fresh metadata because <paramref name="stale"/> lacked a key. Answers null when a refresh was
    /// requested too recently (ConfigurationManager would ignore it, and unknown key ids cost an attacker nothing)
    /// or the fetch did not land in time.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        TaskCompletionSource<OpenIdConnectConfiguration> pending;
        lock (_gate)
        {
            if (_pendingRefresh is null)
            {
                var now = _timeProvider.GetUtcNow();
                if (now - _lastRefreshRequest < _manager.RefreshInterval)
                {
                    return null;
                }

                _lastRefreshRequest = now;
                _staleConfiguration = stale;
                _pendingRefresh = new TaskCompletionSource<OpenIdConnectConfiguration>(TaskCreationOptions.RunContinuationsAsynchronously);
                _logger.RefreshingSigningKeys(MetadataUrl);
                _manager.RequestRefresh();
            }

            pending = _pendingRefresh;
        }

        try
        {
            return await pending.Task.WaitAsync(RefreshWait, _timeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                if (ReferenceEquals(_pendingRefresh, pending))
                {
                    _pendingRefresh = null;
                    _logger.SigningKeyRefreshTimedOut(MetadataUrl);
                }
            }

            return null;
        }
    }

    Task<ConfigurationEventHandlerResult<OpenIdConnectConfiguration>> IConfigurationEventHandler<OpenIdConnectConfiguration>.BeforeRetrieveAsync(
        string metadataAddress, CancellationToken cancellationToken) =>
        Task.FromResult(ConfigurationEventHandlerResult<OpenIdConnectConfiguration>.NoResult);

    Task IConfigurationEventHandler<OpenIdConnectConfiguration>.AfterUpdateAsync(
        string metadataAddress, OpenIdConnectConfiguration configuration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // The notice of the very first fetch can arrive late; it carries the stale document, not the refresh.
            if (_pendingRefresh is not null && !ReferenceEquals(configuration, _staleConfiguration))
            {
                _pendingRefresh.TrySetResult(configuration);
                _pendingRefresh = null;
                _staleConfiguration = null;
            }
        }

        return Task.CompletedTask;
    }

    // ConfigurationManager adds up to 1/20 of the interval as random jitter; shrink the interval so that, jitter
    // included, keys are still refreshed within the configured one (24 h by default).
    private static TimeSpan WithoutJitter(TimeSpan interval)
    {
        var minimum = ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval;
        var shrunk = interval * 20 / 21;
        return shrunk < minimum ? minimum : shrunk;
    }
}
