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
        if (Provider == StorageProvider.AzureTables && string.IsNullOrWhiteSpace(AzureTables.ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:AzureTables:ConnectionString is required when Storage:Provider is AzureTables (UseDevelopmentStorage=true for Azurite).",
                [nameof(AzureTables)]);
        }

        if (!AzureTables.TablePrefix.All(char.IsAsciiLetterOrDigit) || (AzureTables.TablePrefix.Length > 0 && !char.IsAsciiLetter(AzureTables.TablePrefix[0])))
        {
            yield return new ValidationResult("Storage:AzureTables:TablePrefix must be letters and digits, starting with a letter.", [nameof(AzureTables)]);
        }
    }
}
