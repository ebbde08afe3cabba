using System.Net;
using Azure.Identity;
using Microsoft.Kiota.Abstractions;

namespace OutcomesBot.Bot.Graph;

// Runs one Graph operation and turns every way it can fail into a DirectoryResult: the SDK's retry handler has
// already retried throttling and outages, so what reaches here is final for this sync.
internal static class GraphCall
{
    public static async Task<DirectoryResult<T>> RunAsync<T>(
        string operation, string permission, Func<Task<DirectoryResult<T>>> call, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (ApiException exception)
        {
            var status = (HttpStatusCode)exception.ResponseStatusCode;
            var result = StatusOf(status);
            if (result is DirectoryStatus.PermissionMissing or DirectoryStatus.NotAuthenticated)
            {
                GraphLog.Refused(logger, operation, status, permission);
            }
            else if (result is not DirectoryStatus.AlreadyDone)
            {
                GraphLog.Failed(logger, operation, exception.ResponseStatusCode);
            }

            return new DirectoryResult<T>(result, default, result == DirectoryStatus.PermissionMissing ? permission : null);
        }
        catch (AuthenticationFailedException exception)
        {
            GraphLog.NoToken(logger, operation, exception.GetType().Name);
            return new DirectoryResult<T>(DirectoryStatus.NotAuthenticated, default);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            GraphLog.Unreachable(logger, operation, exception.GetType().Name);
            return new DirectoryResult<T>(DirectoryStatus.Unavailable, default);
        }
    }

    private static DirectoryStatus StatusOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Forbidden => DirectoryStatus.PermissionMissing,
        HttpStatusCode.Unauthorized => DirectoryStatus.NotAuthenticated,
        HttpStatusCode.NotFound => DirectoryStatus.NotFound,
        HttpStatusCode.Conflict => DirectoryStatus.AlreadyDone,
        _ => DirectoryStatus.Unavailable,
    };
}
