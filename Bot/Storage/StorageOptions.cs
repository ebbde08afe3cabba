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
