namespace OutcomesBot.ClusterBench;

/// <summary>A folder under the temp directory for one run's bot data (Quartz and key files), deleted after.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "outcomesbot-clusterbench-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed bot's files may still be closing; the temp folder is cleaned by the system later.
        }
    }
}
