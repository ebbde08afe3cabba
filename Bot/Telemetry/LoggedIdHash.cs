using System.Security.Cryptography;
using System.Text;

namespace OutcomesBot.Bot.Telemetry;

/// <summary>
/// How an id appears in a log line: the first 128 bits of an HMAC-SHA256 of it, as hex, under a key that is not in the logs
/// (decision 089). A plain hash could be reversed by anyone holding the logs and a list of the tenant's ids; this one
/// only by someone who also holds the key. The key is set once as the host starts (<see cref="LoggedIdKeyLoader"/>), from
/// <c>LogIds:Key</c> or the store, so a line names the same person the same way after a restart and on every instance.
/// </summary>
public sealed class LoggedIdHash
{
    private byte[]? _key;

    /// <summary>The id's hash for a log line. Throws before the host has started: nothing may be logged with no key.</summary>
    public string Of(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = Volatile.Read(ref _key) ?? throw new InvalidOperationException("The key of logged ids is set as the host starts.");
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id)))[..32];
    }

    internal void Use(byte[] key) => Volatile.Write(ref _key, key);
}
