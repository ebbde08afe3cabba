using System.Buffers;
using System.Text;

namespace OutcomesBot.Bot.Storage.AzureTables;

/// <summary>
/// The check an id passes before it becomes part of a table key. Azure Tables forbids / \ # ? and control characters in
/// keys (<see cref="AzureKeys"/> escapes the first four) and holds at most 1 KiB per key; an id from a card's data could
/// be anything. An id longer than <see cref="MaxLength"/>, or holding control characters, unpaired surrogates or
/// noncharacters, is refused with <see cref="StorageKeyException"/> before any request is made. It depends on no client
/// library, so the adapters on either Azure client call it where an id from outside becomes a key.
/// </summary>
public static class AzureKeyPart
{
    /// <summary>Longest id taken into a key; Teams and bot ids are well under it, and three escaped parts stay under 1 KiB.</summary>
    public const int MaxLength = 255;

    public static bool IsValid(string? id)
    {
        if (id is not { Length: > 0 and <= MaxLength })
        {
            return false;
        }

        var rest = id.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || Rune.IsControl(rune) || (rune.Value & 0xFFFE) == 0xFFFE)
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    /// <summary>The id itself, or <see cref="StorageKeyException"/> when it cannot be part of a key.</summary>
    public static string Checked(string id) =>
        IsValid(id) ? id : throw new StorageKeyException($"An id of {id?.Length ?? 0} characters cannot be part of a storage key.");
}
