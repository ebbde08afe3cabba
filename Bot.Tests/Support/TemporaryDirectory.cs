namespace OutcomesBot.Bot.Tests.Support;

/// <summary>A fresh folder under <see cref="TestFolders.Root"/>, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory(string prefix = "outcomesbot-tests")
    {
        Path = TestFolders.NewPath(prefix + "-");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a log file open for a moment; the OS cleans temp later.
        }
    }
}
