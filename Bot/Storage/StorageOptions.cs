using System.ComponentModel.DataAnnotations;
using OutcomesBot.Bot.Storage.AzureTables;

namespace OutcomesBot.Bot.Storage;

/// <summary>Where the bot keeps its data. SQLite is the embedded default: a file under <see cref="DataDirectory"/>.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file; relative paths are resolved against the app's content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    public AzureTablesOptions AzureTables { get; set; } = new();

    /// <summary>
    /// How long a turn waits on a busy SQLite file before its step fails (whole seconds). Well under
    /// <c>Turns:TurnTimeout</c>, so that a turn still answers in Teams' 15 s: the claim gives up and the person is asked
    /// to try again. Scheduled jobs keep SQLite's 30 s.
    /// </summary>
    public TimeSpan TurnBusyTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.AzureTables)
        {
            foreach (var problem in AzureAccountProblems())
            {
                yield return new ValidationResult(problem, [nameof(AzureTables)]);
            }
        }

        if (!AzureTables.TablePrefix.All(char.IsAsciiLetterOrDigit) || (AzureTables.TablePrefix.Length > 0 && !char.IsAsciiLetter(AzureTables.TablePrefix[0])))
        {
            yield return new ValidationResult("Storage:AzureTables:TablePrefix must be letters and digits, starting with a letter.", [nameof(AzureTables)]);
        }

        if (AzureTables.BackfillPageSize is < 1 or > 1000)
        {
            yield return new ValidationResult("Storage:AzureTables:BackfillPageSize must be from 1 to 1000 (the Table service's largest page).", [nameof(AzureTables)]);
        }

        if (AzureTables.BatchReadConcurrency is < 1 or > 16)
        {
            yield return new ValidationResult("Storage:AzureTables:BatchReadConcurrency must be from 1 to 16.", [nameof(AzureTables)]);
        }

        if (TurnBusyTimeout < TimeSpan.FromSeconds(1) || TurnBusyTimeout > TimeSpan.FromSeconds(5) || TurnBusyTimeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            yield return new ValidationResult("Storage:TurnBusyTimeout must be whole seconds from 1 to 5 (a turn may wait on SQLite several times within Turns:TurnTimeout).", [nameof(TurnBusyTimeout)]);
        }
    }

    private IEnumerable<string> AzureAccountProblems()
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(AzureTables.ConnectionString);
        if (hasConnectionString == (AzureTables.Endpoint is not null))
        {
            yield return "Storage:Provider AzureTables needs exactly one of Storage:AzureTables:ConnectionString "
                + "(UseDevelopmentStorage=true for Azurite) and Storage:AzureTables:Endpoint (https://<account>.table.core.windows.net, with a managed identity).";
        }

        // A bearer token goes only over TLS (the SDK refuses otherwise): say so on start rather than on the first request.
        if (AzureTables.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return "Storage:AzureTables:Endpoint must be an absolute https address.";
        }
    }
}
