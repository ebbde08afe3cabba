using System.ComponentModel.DataAnnotations;

namespace OutcomesBot.Bot.Storage;

/// <summary>Where the bot keeps its data. SQLite is the embedded default: a file under <see cref="DataDirectory"/>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite file; relative paths are resolved against the app's content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";
}
